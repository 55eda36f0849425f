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
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
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
class PpoPlanResourceTest {

    private static final String PLANS = "/api/v1/ppo-plans";
    private static final String HASTINGS_MANAGER = TestTokens.user("olly.manager").roles("offender-manager")
            .agency("probation").schemes("HASTINGS").token();
    private static final String EASTBOURNE_MANAGER = TestTokens.user("eve.manager").roles("offender-manager")
            .agency("probation").schemes("EASTBOURNE").token();

    @Inject
    DataSource dataSource;

    private static String create(String token, UUID offender, String scheme, String strand) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("offenderId", offender.toString(), "schemeCode", scheme, "strand", strand))
                .post(PLANS).then().statusCode(201).extract().path("id");
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

        @ParameterizedTest(name = "{0} → {1} plan")
        @CsvSource({"CATCH_AND_CONVICT, TARGETING", "REHABILITATE_AND_RESETTLE, INTERVENTION", "PREVENT_AND_DETER, INTERVENTION"})
        void theStrandDecidesTheKindOfPlan(String strand, String kind) {
            UUID offender = UUID.randomUUID();
            given().auth().oauth2(HASTINGS_MANAGER).contentType(ContentType.JSON)
                    .body(Map.of("offenderId", offender.toString(), "schemeCode", "HASTINGS", "strand", strand))
                    .when().post(PLANS)
                    .then().statusCode(201)
                    .header("Location", containsString(PLANS + "/"))
                    .header("ETag", "\"0\"")
                    .body("offenderId", equalTo(offender.toString()))
                    .body("kind", equalTo(kind))
                    .body("status", equalTo("ACTIVE"))
                    .body("createdBy", equalTo("olly.manager"));
        }

        @Test
        void aNewPlanReplacesTheActiveOneCarryingOpenActionsOverAndKeepingHistory() {
            UUID offender = UUID.randomUUID();
            String first = create(COORDINATOR, offender, "HASTINGS", "CATCH_AND_CONVICT");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(action("LICENCE_ENFORCEMENT", "police"))
                    .post(PLANS + "/{id}/actions", first).then().statusCode(201).header("ETag", "\"1\"");
            String housing = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(action("ACCOMMODATION", "housing"))
                    .post(PLANS + "/{id}/actions", first).then().statusCode(201).extract().path("actions[1].id");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                    .body(Map.of("status", "ACHIEVED", "outcome", "Tenancy started", "on", "2010-11-22"))
                    .post(PLANS + "/{id}/actions/{a}/outcome", first, housing)
                    .then().statusCode(200).body("actions[1].status", equalTo("ACHIEVED"));

            String second = create(HASTINGS_MANAGER, offender, "HASTINGS", "REHABILITATE_AND_RESETTLE");

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
            UUID offender = UUID.randomUUID();
            String first = create(COORDINATOR, offender, "HASTINGS", "CATCH_AND_CONVICT");
            String second = given().auth().oauth2(COORDINATOR).header("X-Request-Id", "req-replace-" + offender)
                    .contentType(ContentType.JSON)
                    .body(Map.of("offenderId", offender.toString(), "schemeCode", "HASTINGS", "strand", "PREVENT_AND_DETER"))
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
                "{\"schemeCode\": \"HASTINGS\", \"strand\": \"CATCH_AND_CONVICT\"}                              | offenderId",
                "{\"offenderId\": \"not-a-uuid\", \"schemeCode\": \"HASTINGS\", \"strand\": \"CATCH_AND_CONVICT\"} | offenderId",
                "{\"offenderId\": \"%s\", \"schemeCode\": \"hastings\", \"strand\": \"CATCH_AND_CONVICT\"}       | schemeCode",
                "{\"offenderId\": \"%s\", \"schemeCode\": \"HASTINGS\", \"strand\": \"PROLIFIC\"}                | strand",
        })
        void badInputIsNamed(String body, String field) {
            UUID offender = UUID.randomUUID();
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body.formatted(offender))
                    .when().post(PLANS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(field));
            given().auth().oauth2(COORDINATOR).queryParam("offenderId", offender.toString()).get(PLANS)
                    .then().body("total", equalTo(0));
        }

        @Test
        void aCallerCannotDrawUpAPlanOutsideTheirSchemes() {
            UUID offender = UUID.randomUUID();
            given().auth().oauth2(EASTBOURNE_MANAGER).contentType(ContentType.JSON)
                    .body(Map.of("offenderId", offender.toString(), "schemeCode", "HASTINGS", "strand", "CATCH_AND_CONVICT"))
                    .post(PLANS).then().statusCode(403).body("violations[0].field", equalTo("schemeCode"));
            create(HASTINGS_MANAGER, offender, "HASTINGS", "CATCH_AND_CONVICT");
            // replacing a plan the caller cannot see is refused as if the person were unknown
            given().auth().oauth2(EASTBOURNE_MANAGER).contentType(ContentType.JSON)
                    .body(Map.of("offenderId", offender.toString(), "schemeCode", "EASTBOURNE", "strand", "CATCH_AND_CONVICT"))
                    .post(PLANS).then().statusCode(404);
            given().auth().oauth2(COORDINATOR).queryParam("offenderId", offender.toString()).get(PLANS)
                    .then().body("total", equalTo(1)).body("items[0].status", equalTo("ACTIVE"));
        }
    }

    @Nested
    class Actions {

        @Test
        void badActionsAndStaleVersionsAreRefusedAndNothingChanges() {
            String plan = create(COORDINATOR, UUID.randomUUID(), "HASTINGS", "REHABILITATE_AND_RESETTLE");
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
            String plan = create(COORDINATOR, UUID.randomUUID(), "HASTINGS", "REHABILITATE_AND_RESETTLE");
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
            String plan = create(COORDINATOR, UUID.randomUUID(), "HASTINGS", "CATCH_AND_CONVICT");
            for (String token : new String[] {ANALYST, PARTNER, OFFICER, AUDITOR}) {
                given().auth().oauth2(token).get(PLANS + "/{id}", plan).then().statusCode(403).contentType("application/problem+json");
                given().auth().oauth2(token).get(PLANS).then().statusCode(403);
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("offenderId", UUID.randomUUID().toString(), "schemeCode", "HASTINGS", "strand", "CATCH_AND_CONVICT"))
                        .post(PLANS).then().statusCode(403);
            }
            given().get(PLANS + "/{id}", plan).then().statusCode(401);
        }

        @Test
        void aPlanOutsideTheCallersSchemesIsNotFoundAndTheRefusalIsAudited() {
            UUID offender = UUID.randomUUID();
            String plan = create(HASTINGS_MANAGER, offender, "HASTINGS", "CATCH_AND_CONVICT");
            given().auth().oauth2(EASTBOURNE_MANAGER).get(PLANS + "/{id}", plan).then().statusCode(404)
                    .body("type", equalTo("urn:ppo:problem:not-found"));
            given().auth().oauth2(EASTBOURNE_MANAGER).contentType(ContentType.JSON).body(action("DIP", "dip"))
                    .post(PLANS + "/{id}/actions", plan).then().statusCode(404);
            given().auth().oauth2(EASTBOURNE_MANAGER).queryParam("offenderId", offender.toString()).get(PLANS).then()
                    .statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(TestTokens.user("nobody").roles("offender-manager").schemes().token())
                    .get(PLANS).then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(HASTINGS_MANAGER).get(PLANS + "/{id}", plan).then().statusCode(200)
                    .body("actions.size()", equalTo(0));
            given().auth().oauth2(AUDITOR).queryParam("personId", offender.toString()).get(PLANS + "/access-log").then()
                    .statusCode(200)
                    .body("items.action", hasItem("PPO_PLAN_READ_REFUSED"))
                    .body("items.action", hasItem("PPO_ACTION_ADD_REFUSED"))
                    .body("items.actor", hasItem("eve.manager"));
        }

        @Test
        void everyReadAndChangeIsAuditedWithWhoRoleAgencyRequestAndPurpose() {
            UUID offender = UUID.randomUUID();
            String plan = create(HASTINGS_MANAGER, offender, "HASTINGS", "CATCH_AND_CONVICT");
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
            create(COORDINATOR, UUID.randomUUID(), "HASTINGS", "CATCH_AND_CONVICT");
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
}
