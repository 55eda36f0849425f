package uk.ppo.actionplan.ppoplan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import uk.ppo.actionplan.support.Offender;
import uk.ppo.actionplan.support.OffenderServiceStub;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.AUDITOR;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.OFFICER;
import static uk.ppo.actionplan.Fixtures.PARTNER;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(OffenderServiceStub.class)
class PpoPlanResourceTest {

    private static final String PLANS = "/api/v1/ppo-plans";
    private static final String HASTINGS_MANAGER = TestTokens.user("olly.manager").roles("offender-manager")
            .agency("probation").schemes("HASTINGS").token();
    private static final String EASTBOURNE_MANAGER = TestTokens.user("eve.manager").roles("offender-manager")
            .agency("probation").schemes("EASTBOURNE").token();
    private static final String NO_SCHEMES_MANAGER = TestTokens.user("nora.manager").roles("offender-manager")
            .agency("probation").noSchemes().token();

    @Inject
    DataSource dataSource;

    private static String create(String token, UUID offender, String strand) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("offenderId", offender.toString(), "strand", strand))
                .post(PLANS).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> planFor(UUID offender) {
        return Map.of("offenderId", offender.toString(), "strand", "CATCH_CONVICT");
    }

    /** The problem's type, title, status and the member names: what must not tell unknown from out of scope. */
    private static List<Object> shape(ExtractableResponse<Response> problem) {
        return List.of(problem.statusCode(), problem.contentType(), problem.path("type"), problem.path("title"),
                new TreeSet<>(problem.jsonPath().getMap("").keySet()));
    }

    private static Map<String, Object> action(String area, String agency) {
        Map<String, Object> body = new HashMap<>();
        body.put("area", area);
        body.put("agency", agency);
        body.put("text", "Action on " + area);
        body.put("due", "2010-11-30");
        return body;
    }

    @Nested
    class Create {

        @ParameterizedTest(name = "{0} → {1} plan, answered as {2}")
        @CsvSource({"CATCH_CONVICT, TARGETING, CATCH_CONVICT", "REHABILITATE_RESETTLE, INTERVENTION, REHABILITATE_RESETTLE",
                "PREVENT_DETER, INTERVENTION, PREVENT_DETER",
                // the names action-plan-service used before offender-service's: still accepted, never answered
                "CATCH_AND_CONVICT, TARGETING, CATCH_CONVICT", "REHABILITATE_AND_RESETTLE, INTERVENTION, REHABILITATE_RESETTLE",
                "PREVENT_AND_DETER, INTERVENTION, PREVENT_DETER"})
        void theStrandDecidesTheKindOfPlan(String strand, String kind, String answered) {
            UUID offender = Offender.personIn("HASTINGS");
            given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON)
                    .body(Map.of("offenderId", offender.toString(), "strand", strand))
                    .when().post(PLANS)
                    .then().statusCode(201)
                    .header("Location", containsString(PLANS + "/"))
                    .header("ETag", "\"0\"")
                    .body("offenderId", equalTo(offender.toString()))
                    .body("schemeCode", equalTo("HASTINGS"))
                    .body("kind", equalTo(kind))
                    .body("strand", equalTo(answered))
                    .body("status", equalTo("ACTIVE"))
                    .body("createdBy", equalTo("olly.manager"));
        }

        @Test
        void aNewPlanReplacesTheActiveOneCarryingOpenActionsOverAndKeepingHistory() {
            UUID offender = Offender.personIn("HASTINGS");
            String first = create(COORDINATOR, offender, "CATCH_CONVICT");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(action("LICENCE_ENFORCEMENT", "police"))
                    .post(PLANS + "/{id}/actions", first).then().statusCode(201).header("ETag", "\"1\"");
            String housing = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(action("ACCOMMODATION", "housing"))
                    .post(PLANS + "/{id}/actions", first).then().statusCode(201).extract().path("actions[1].id");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                    .body(Map.of("status", "ACHIEVED", "outcome", "Tenancy started", "on", "2010-11-22"))
                    .post(PLANS + "/{id}/actions/{a}/outcome", first, housing)
                    .then().statusCode(200).body("actions[1].status", equalTo("ACHIEVED"));

            String second = create(HASTINGS_MANAGER, offender, "REHABILITATE_RESETTLE");

            given().auth().oauth2(COORDINATOR).get(PLANS + "/{id}", first).then().statusCode(200)
                    .body("status", equalTo("REPLACED"))
                    .body("replacedBy", equalTo(second))
                    .body("actions.area", contains("LICENCE_ENFORCEMENT", "ACCOMMODATION"));
            given().auth().oauth2(COORDINATOR).get(PLANS + "/{id}", second).then().statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("kind", equalTo("INTERVENTION"))
                    .body("actions.area", contains("LICENCE_ENFORCEMENT"))
                    .body("actions[0].status", equalTo("OPEN"));
            given().auth().oauth2(COORDINATOR).queryParam("offenderId", offender.toString()).get(PLANS).then().statusCode(200)
                    .body("total", equalTo(2))
                    .body("items.id", contains(second, first));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(action("ETE", "council"))
                    .post(PLANS + "/{id}/actions", first).then().statusCode(409);
        }

        @Test
        void replacingAPlanIsOneRequestAndLeavesOneAuditRecordNamingTheReplacedPlan() {
            UUID offender = Offender.personIn("HASTINGS");
            String first = create(COORDINATOR, offender, "CATCH_CONVICT");
            String second = given().auth().oauth2(COORDINATOR).header("X-Request-Id", "req-replace-" + offender)
                    .contentType(ContentType.JSON)
                    .body(Map.of("offenderId", offender.toString(), "strand", "PREVENT_DETER"))
                    .post(PLANS).then().statusCode(201).extract().path("id");
            given().auth().oauth2(AUDITOR).queryParam("personId", offender.toString()).get(PLANS + "/access-log")
                    .then().statusCode(200)
                    .body("items.findAll { it.requestId == 'req-replace-%s' }.size()".formatted(offender), equalTo(1))
                    .body("items.find { it.requestId == 'req-replace-%s' }.action".formatted(offender), equalTo("PPO_PLAN_CREATED"))
                    .body("items.find { it.requestId == 'req-replace-%s' }.subjectId".formatted(offender), equalTo(second))
                    .body("items.find { it.requestId == 'req-replace-%s' }.detail".formatted(offender), containsString("replacing plan " + first));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "{\"strand\": \"CATCH_CONVICT\"}                                                     | offenderId",
                "{\"offenderId\": \"not-a-uuid\", \"strand\": \"CATCH_CONVICT\"}                        | offenderId",
                "{\"offenderId\": \"%s\", \"strand\": \"PROLIFIC\"}                                       | strand",
                // the person's scheme is offender-service's to say, not the caller's
                "{\"offenderId\": \"%s\", \"schemeCode\": \"HASTINGS\", \"strand\": \"CATCH_CONVICT\"} | schemeCode",
        })
        void badInputIsNamed(String body, String field) {
            UUID offender = Offender.personIn("HASTINGS");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body.formatted(offender))
                    .when().post(PLANS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(field));
            given().auth().oauth2(COORDINATOR).queryParam("offenderId", offender.toString()).get(PLANS)
                    .then().body("total", equalTo(0));
        }
    }

    @Nested
    class Actions {

        @Test
        void badActionsAndStaleVersionsAreRefusedAndNothingChanges() {
            String plan = create(COORDINATOR, Offender.personIn("HASTINGS"), "REHABILITATE_RESETTLE");
            Map<String, Object> bad = action("GARDENING", "police");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(bad)
                    .post(PLANS + "/{id}/actions", plan).then().statusCode(400).body("violations[0].field", equalTo("area"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(action("DIP", "Police Force"))
                    .post(PLANS + "/{id}/actions", plan).then().statusCode(400).body("violations[0].field", equalTo("agency"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"5\"").body(action("DIP", "dip"))
                    .post(PLANS + "/{id}/actions", plan).then().statusCode(412).body("violations[0].field", equalTo("If-Match"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(action("DIP", "dip"))
                    .post(PLANS + "/{id}/actions", UUID.randomUUID()).then().statusCode(404);
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("status", "ACHIEVED", "on", "2010-11-22"))
                    .post(PLANS + "/{id}/actions/{a}/outcome", plan, UUID.randomUUID()).then().statusCode(404);
            given().auth().oauth2(COORDINATOR).get(PLANS + "/{id}", plan).then()
                    .header("ETag", "\"0\"").body("actions.size()", equalTo(0));
        }

        @Test
        void anOutcomeIsRecordedOnce() {
            String plan = create(COORDINATOR, Offender.personIn("HASTINGS"), "REHABILITATE_RESETTLE");
            String action = given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON).body(action("MENTORING", "probation"))
                    .post(PLANS + "/{id}/actions", plan).then().statusCode(201).extract().path("actions[0].id");
            given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON)
                    .body(Map.of("status", "OPEN", "on", "2010-11-22"))
                    .post(PLANS + "/{id}/actions/{a}/outcome", plan, action).then().statusCode(400);
            given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON)
                    .body(Map.of("status", "NOT_ACHIEVED", "outcome", "Did not attend", "on", "2010-11-22"))
                    .post(PLANS + "/{id}/actions/{a}/outcome", plan, action).then().statusCode(200)
                    .body("actions[0].outcome", equalTo("Did not attend"));
            given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON)
                    .body(Map.of("status", "ACHIEVED", "on", "2010-11-23"))
                    .post(PLANS + "/{id}/actions/{a}/outcome", plan, action).then().statusCode(409);
        }
    }

    @Nested
    class Access {

        @Test
        void analystsPartnersAndOfficersCannotSeePerPpoPlans() {
            String plan = create(COORDINATOR, Offender.personIn("HASTINGS"), "CATCH_CONVICT");
            for (String token : new String[] {ANALYST, PARTNER, OFFICER, AUDITOR}) {
                given().auth().oauth2(token).get(PLANS + "/{id}", plan).then().statusCode(403).contentType("application/problem+json");
                given().auth().oauth2(token).get(PLANS).then().statusCode(403);
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(planFor(Offender.personIn("HASTINGS")))
                        .post(PLANS).then().statusCode(403);
            }
            given().get(PLANS + "/{id}", plan).then().statusCode(401);
        }

        @Test
        void everyReadAndChangeIsAuditedWithWhoRoleAgencyRequestAndPurpose() {
            UUID offender = Offender.personIn("HASTINGS");
            String plan = create(HASTINGS_MANAGER, offender, "CATCH_CONVICT");
            given().auth().oauth2(HASTINGS_MANAGER).header("X-Request-Id", "req-ppo-1").header("X-Purpose", "case conference preparation")
                    .get(PLANS + "/{id}", plan).then().statusCode(200);
            given().auth().oauth2(HASTINGS_MANAGER).queryParam("schemeCode", "HASTINGS").queryParam("size", 500).get(PLANS)
                    .then().statusCode(200).body("items.id", hasItem(plan));

            given().auth().oauth2(AUDITOR).queryParam("personId", offender.toString()).get(PLANS + "/access-log").then()
                    .statusCode(200)
                    .body("total", equalTo(3))
                    .body("items.action", contains("PPO_PLAN_LISTED", "PPO_PLAN_READ", "PPO_PLAN_CREATED"))
                    .body("items[1].actor", equalTo("olly.manager"))
                    .body("items[1].roles", equalTo("offender-manager"))
                    .body("items[1].agency", equalTo("probation"))
                    .body("items[1].requestId", equalTo("req-ppo-1"))
                    .body("items[1].purpose", equalTo("case conference preparation"))
                    .body("items[1].subjectId", equalTo(plan))
                    .body("items[1].at", notNullValue())
                    .body("items[2].requestId", not(equalTo("req-ppo-1")));
        }

        @Test
        void theAccessLogIsForAuditorsAndAdminsAndNeedsAPerson() {
            given().auth().oauth2(ADMIN).queryParam("personId", UUID.randomUUID().toString()).get(PLANS + "/access-log")
                    .then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(COORDINATOR).queryParam("personId", UUID.randomUUID().toString()).get(PLANS + "/access-log")
                    .then().statusCode(403);
            given().auth().oauth2(AUDITOR).get(PLANS + "/access-log").then().statusCode(400)
                    .body("violations[0].field", equalTo("personId"));
            given().get(PLANS + "/access-log").then().statusCode(401);
        }

        @Test
        void theAuditTrailCannotBeChangedOrDeletedNotEvenByTheServicesOwnRole() throws SQLException {
            create(COORDINATOR, Offender.personIn("HASTINGS"), "CATCH_CONVICT");
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                for (String change : new String[]{"UPDATE audit_event SET actor = 'someone else'", "DELETE FROM audit_event", "TRUNCATE audit_event"}) {
                    SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change));
                    assertTrue(refused.getMessage().contains("permission denied"), change + ": " + refused.getMessage());
                }
                try (var privileges = statement.executeQuery("SELECT has_table_privilege('audit_event', 'UPDATE'),"
                        + " has_table_privilege('audit_event', 'DELETE'), has_table_privilege('audit_event', 'TRUNCATE'),"
                        + " has_table_privilege('audit_event', 'INSERT'), has_table_privilege('audit_event', 'SELECT')")) {
                    privileges.next();
                    assertTrue(!privileges.getBoolean(1) && !privileges.getBoolean(2) && !privileges.getBoolean(3),
                            "the service's role may not UPDATE, DELETE or TRUNCATE its audit log");
                    assertTrue(privileges.getBoolean(4) && privileges.getBoolean(5), "it may still INSERT and SELECT");
                }
            }
        }
    }

    /** Who may see a plan follows its person's current scheme, as offender-service says now. */
    @Nested
    class Entitlement {

        @Test
        void aHastingsManagerCannotCreateReadOrChangeAnEastbournePersonsPlanAndEachAnswerIsTheUnknownOne() {
            UUID eastbourne = Offender.personIn("EASTBOURNE");
            UUID unknown = Offender.unknownPerson();

            var outOfScope = given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON).body(planFor(eastbourne))
                    .post(PLANS).then().statusCode(404).body("detail", equalTo("No person " + eastbourne)).extract();
            var noSuchPerson = given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON).body(planFor(unknown))
                    .post(PLANS).then().statusCode(404).body("detail", equalTo("No person " + unknown)).extract();
            assertEquals(shape(noSuchPerson), shape(outOfScope));

            String plan = create(EASTBOURNE_MANAGER, eastbourne, "CATCH_CONVICT");
            UUID noPlan = UUID.randomUUID();
            for (String id : List.of(plan, noPlan.toString())) {
                var read = given().auth().oauth2(HASTINGS_MANAGER).get(PLANS + "/{id}", id)
                        .then().statusCode(404).body("detail", equalTo("No PPO plan " + id)).extract();
                var add = given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body(action("DIP", "dip")).post(PLANS + "/{id}/actions", id)
                        .then().statusCode(404).body("detail", equalTo("No PPO plan " + id)).extract();
                assertEquals(shape(read), shape(add));
                assertEquals(shape(noSuchPerson), shape(read));
            }
            String action = given().auth().oauth2(EASTBOURNE_MANAGER).contentType(ContentType.JSON).body(action("ETE", "probation"))
                    .post(PLANS + "/{id}/actions", plan).then().statusCode(201).extract().path("actions[0].id");
            given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON)
                    .body(Map.of("status", "ACHIEVED", "on", "2010-11-22"))
                    .post(PLANS + "/{id}/actions/{a}/outcome", plan, action)
                    .then().statusCode(404).body("detail", equalTo("No PPO plan " + plan));

            // nothing the Hastings manager tried changed the plan, and no plan was drawn up for either person
            given().auth().oauth2(EASTBOURNE_MANAGER).get(PLANS + "/{id}", plan).then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("actions.status", contains("OPEN"));
            given().auth().oauth2(COORDINATOR).queryParam("offenderId", eastbourne.toString()).get(PLANS).then().body("total", equalTo(1));
            given().auth().oauth2(COORDINATOR).queryParam("offenderId", unknown.toString()).get(PLANS).then().body("total", equalTo(0));
        }

        @Test
        void aTransferMovesAccessToThePersonsExistingPlansAtOnce() {
            UUID person = Offender.personIn("EASTBOURNE");
            String plan = create(EASTBOURNE_MANAGER, person, "REHABILITATE_RESETTLE");
            given().auth().oauth2(HASTINGS_MANAGER).get(PLANS + "/{id}", plan).then().statusCode(404);

            Offender.transfer(person, "HASTINGS");

            given().auth().oauth2(HASTINGS_MANAGER).get(PLANS + "/{id}", plan).then().statusCode(200)
                    .body("offenderId", equalTo(person.toString()));
            given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON).body(action("ACCOMMODATION", "housing"))
                    .post(PLANS + "/{id}/actions", plan).then().statusCode(201);
            given().auth().oauth2(HASTINGS_MANAGER).queryParam("offenderId", person.toString()).get(PLANS).then()
                    .body("total", equalTo(1)).body("items[0].id", equalTo(plan));
            given().auth().oauth2(EASTBOURNE_MANAGER).get(PLANS + "/{id}", plan).then().statusCode(404);
            given().auth().oauth2(EASTBOURNE_MANAGER).queryParam("offenderId", person.toString()).get(PLANS).then()
                    .statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(EASTBOURNE_MANAGER).contentType(ContentType.JSON).body(planFor(person))
                    .post(PLANS).then().statusCode(404);
        }

        @Test
        void listsHoldOnlyPlansOfPeopleNowInTheCallersSchemesAndTheirTotalsCountOnlyThose() {
            String a = Offender.newScheme();
            String b = Offender.newScheme();
            UUID a1 = Offender.personIn(a);
            UUID a2 = Offender.personIn(a);
            UUID leaving = Offender.personIn(a);
            UUID b1 = Offender.personIn(b);
            UUID forgotten = Offender.personIn(a);
            for (UUID person : List.of(a1, a2, leaving, b1, forgotten)) {
                create(COORDINATOR, person, "PREVENT_DETER");
            }
            Offender.transfer(leaving, b);
            Offender.forget(forgotten);   // offender-service no longer knows them: nobody sees their plan

            String onlyA = TestTokens.user("ann.manager").roles("offender-manager").schemes(a).token();
            List<String> first = given().auth().oauth2(onlyA).queryParam("size", 1).get(PLANS).then().statusCode(200)
                    .body("total", equalTo(2)).body("items", hasSize(1)).extract().path("items.offenderId");
            List<String> second = given().auth().oauth2(onlyA).queryParam("size", 1).queryParam("page", 1).get(PLANS).then()
                    .statusCode(200).body("total", equalTo(2)).body("items", hasSize(1)).extract().path("items.offenderId");
            assertEquals(Set.of(a1.toString(), a2.toString()), Set.of(first.get(0), second.get(0)));
            given().auth().oauth2(onlyA).queryParam("schemeCode", b).get(PLANS).then().statusCode(200).body("total", equalTo(0));

            String both = TestTokens.user("bea.manager").roles("offender-manager").schemes(a, b).token();
            given().auth().oauth2(both).queryParam("schemeCode", b).get(PLANS).then().statusCode(200)
                    .body("total", equalTo(2))
                    .body("items.offenderId", containsInAnyOrder(b1.toString(), leaving.toString()));
            given().auth().oauth2(ADMIN).queryParam("offenderId", forgotten.toString()).get(PLANS).then().statusCode(200)
                    .body("total", equalTo(0));
        }

        @Test
        void aTokenWithoutSchemesSeesNoPlanAndCanDrawUpNone() {
            UUID person = Offender.personIn("HASTINGS");
            String plan = create(COORDINATOR, person, "CATCH_CONVICT");
            given().auth().oauth2(NO_SCHEMES_MANAGER).get(PLANS).then().statusCode(200)
                    .body("total", equalTo(0)).body("items", hasSize(0));
            given().auth().oauth2(NO_SCHEMES_MANAGER).queryParam("offenderId", person.toString()).get(PLANS).then()
                    .statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(NO_SCHEMES_MANAGER).get(PLANS + "/{id}", plan).then().statusCode(404)
                    .body("detail", equalTo("No PPO plan " + plan));
            given().auth().oauth2(NO_SCHEMES_MANAGER).contentType(ContentType.JSON).body(planFor(person)).post(PLANS)
                    .then().statusCode(404).body("detail", equalTo("No person " + person));
            given().auth().oauth2(COORDINATOR).queryParam("offenderId", person.toString()).get(PLANS).then().body("total", equalTo(1));
        }

        @Test
        void whenOffenderServiceCannotSayWhereAPersonIsNothingIsShownOrChanged() {
            UUID person = Offender.personIn("HASTINGS");
            String plan = create(HASTINGS_MANAGER, person, "CATCH_CONVICT");
            Offender.down(() -> {
                given().auth().oauth2(HASTINGS_MANAGER).get(PLANS + "/{id}", plan).then().statusCode(503)
                        .contentType("application/problem+json").body("type", equalTo("urn:ppo:problem:service-unavailable"));
                given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON).body(planFor(person)).post(PLANS)
                        .then().statusCode(503);
                given().auth().oauth2(HASTINGS_MANAGER).queryParam("offenderId", person.toString()).get(PLANS)
                        .then().statusCode(503);
            });
            given().auth().oauth2(HASTINGS_MANAGER).queryParam("offenderId", person.toString()).get(PLANS).then()
                    .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(plan));
        }

        @Test
        void anAttemptOnAPersonOutOfScopeIsAuditedWithWhoRolesAgencyRequestAndPurpose() {
            UUID person = Offender.personIn("EASTBOURNE");
            String plan = create(EASTBOURNE_MANAGER, person, "CATCH_CONVICT");
            given().auth().oauth2(HASTINGS_MANAGER).header("X-Request-Id", "req-refused-read-" + person)
                    .header("X-Purpose", "checking a name").get(PLANS + "/{id}", plan).then().statusCode(404);
            given().auth().oauth2(HASTINGS_MANAGER).header("X-Request-Id", "req-refused-create-" + person)
                    .contentType(ContentType.JSON).body(planFor(person)).post(PLANS).then().statusCode(404);

            String read = "items.find { it.requestId == 'req-refused-read-%s' }".formatted(person);
            given().auth().oauth2(AUDITOR).queryParam("personId", person.toString()).get(PLANS + "/access-log").then()
                    .statusCode(200)
                    .body(read + ".action", equalTo("ACCESS_REFUSED"))
                    .body(read + ".actor", equalTo("olly.manager"))
                    .body(read + ".roles", equalTo("offender-manager"))
                    .body(read + ".agency", equalTo("probation"))
                    .body(read + ".purpose", equalTo("checking a name"))
                    .body(read + ".detail", containsString("EASTBOURNE"))
                    .body("items.findAll { it.requestId == 'req-refused-create-%s' }.action".formatted(person),
                            contains("ACCESS_REFUSED"))
                    // the refused attempts read and changed nothing
                    .body("items.findAll { it.actor == 'olly.manager' }.action", everyItem(equalTo("ACCESS_REFUSED")));
        }

        @Test
        void aRoleThatMayNotSeePlansIsRefusedAndTheRefusalIsAudited() throws Exception {
            String plan = create(COORDINATOR, Offender.personIn("HASTINGS"), "CATCH_CONVICT");
            String requestId = "req-forbidden-" + UUID.randomUUID();
            given().auth().oauth2(ANALYST).header("X-Request-Id", requestId).header("X-Purpose", "curiosity")
                    .get(PLANS + "/{id}", plan).then().statusCode(403);

            Map<String, String> row = auditRow(requestId);
            assertEquals("ACCESS_REFUSED", row.get("action"));
            assertEquals("test.analyst", row.get("actor"));
            assertEquals("analyst", row.get("roles"));
            assertEquals("police", row.get("agency"));
            assertEquals("curiosity", row.get("purpose"));
            assertTrue(row.get("detail").contains("403 GET " + PLANS + "/" + plan), row.get("detail"));
        }
    }

    /** The audit row of a request, waiting a little: a 403 may be written after the answer, on a worker thread. */
    Map<String, String> auditRow(String requestId) throws SQLException, InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (Connection connection = dataSource.getConnection();
                 var select = connection.prepareStatement("SELECT action, actor, roles, agency, purpose, detail FROM audit_event"
                         + " WHERE request_id = ?")) {
                select.setString(1, requestId);
                try (var rows = select.executeQuery()) {
                    if (rows.next()) {
                        Map<String, String> row = new HashMap<>();
                        for (String column : List.of("action", "actor", "roles", "agency", "purpose", "detail")) {
                            row.put(column, rows.getString(column));
                        }
                        return row;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no audit record of request " + requestId);
    }
}
