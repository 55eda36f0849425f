package uk.ppo.actionplan.conference;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.ppo.actionplan.support.Offender;
import uk.ppo.actionplan.support.OffenderServiceStub;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.AUDITOR;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.PARTNER;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(OffenderServiceStub.class)
class ConferenceResourceTest {

    private static final String CONFERENCES = "/api/v1/case-conferences";
    private static final String EASTBOURNE_MANAGER = TestTokens.user("eve.manager").roles("offender-manager")
            .agency("probation").schemes("EASTBOURNE").token();

    @Inject
    DataSource dataSource;

    private static final String NO_SCHEMES_MANAGER = TestTokens.user("nora.manager").roles("offender-manager")
            .agency("probation").noSchemes().token();

    /** A scheme of its own per test (known to offender-service), so conferences on the same day do not collide. */
    private static String scheme() {
        return Offender.newScheme();
    }

    private static String onlyFor(String scheme) {
        return TestTokens.user("sid.manager").roles("offender-manager").agency("probation").schemes(scheme).token();
    }

    /** The problem's status, type, title and member names: what must not tell unknown from out of scope. */
    private static List<Object> shape(ExtractableResponse<Response> problem) {
        return List.of(problem.statusCode(), problem.contentType(), problem.path("type"), problem.path("title"),
                new TreeSet<>(problem.jsonPath().getMap("").keySet()));
    }

    private static String conference(String token, String scheme, String day) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", scheme, "heldOn", day, "attendingAgencies", List.of("police", "probation", "dip")))
                .post(CONFERENCES).then().statusCode(201).extract().path("id");
    }

    private static String ppoPlan(UUID offender) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("offenderId", offender.toString(), "strand", "REHABILITATE_RESETTLE"))
                .post("/api/v1/ppo-plans").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> item(UUID offender, Map<?, ?>... actions) {
        return Map.of("offenderId", offender.toString(), "discussion", "Released on licence; no fixed abode",
                "actions", List.of(actions));
    }

    @Test
    void aSchemeCodeFilterThatIsNoSchemeCodeIsNamedNotAServerError() {
        for (String bad : List.of("HAST\u0000INGS", "' OR '1'='1", "x".repeat(500), "hastings")) {
            given().auth().oauth2(COORDINATOR).queryParam("schemeCode", bad).get(CONFERENCES)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("schemeCode"));
        }
    }

    @Test
    void actionsRaisedAtAConferenceGoIntoThePlanAndStayOnTheListUntilDone() {
        String scheme = scheme();
        UUID offender = Offender.personIn(scheme);
        String plan = ppoPlan(offender);
        String september = conference(COORDINATOR, scheme, "2010-09-09");

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(item(offender,
                        Map.of("area", "ACCOMMODATION", "agency", "housing", "text", "Supported housing place", "due", "2010-09-30"),
                        Map.of("area", "DIP", "agency", "dip", "text", "Fast-track DIP assessment", "due", "2010-09-16")))
                .when().post(CONFERENCES + "/{id}/items", september)
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("items[0].offenderId", equalTo(offender.toString()))
                .body("items[0].raisedActions.size()", equalTo(2));

        List<String> actionIds = given().auth().oauth2(COORDINATOR).get("/api/v1/ppo-plans/{id}", plan).then().statusCode(200)
                .body("actions.raisedAtConference", contains(september, september))
                .extract().path("actions.id");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("status", "ACHIEVED", "on", "2010-09-20"))
                .post("/api/v1/ppo-plans/{id}/actions/{a}/outcome", plan, actionIds.get(1)).then().statusCode(200);

        String october = conference(COORDINATOR, scheme, "2010-10-14");
        given().auth().oauth2(COORDINATOR).get(CONFERENCES + "/{id}/open-actions", october).then().statusCode(200)
                .body("previousConference", equalTo(september))
                .body("previousHeldOn", equalTo("2010-09-09"))
                .body("actions.actionId", contains(actionIds.get(0)))
                .body("actions[0].raisedOn", equalTo("2010-09-09"))
                .body("actions[0].offenderId", equalTo(offender.toString()))
                .body("actions[0].ppoPlanId", equalTo(plan))
                .body("actions[0].agency", equalTo("housing"));
        given().auth().oauth2(COORDINATOR).get(CONFERENCES + "/{id}/open-actions", september).then().statusCode(200)
                .body("previousConference", nullValue())
                .body("actions", empty());

        given().auth().oauth2(COORDINATOR).queryParam("schemeCode", scheme).get(CONFERENCES).then().statusCode(200)
                .body("items.id", contains(october, september))
                .body("items[1].items", equalTo(1));
        given().auth().oauth2(COORDINATOR).header("X-Purpose", "review").get(CONFERENCES + "/{id}", september).then().statusCode(200)
                .body("attendingAgencies", contains("police", "probation", "dip"))
                .body("items[0].discussion", equalTo("Released on licence; no fixed abode"));
        given().auth().oauth2(AUDITOR).queryParam("personId", offender.toString()).get("/api/v1/ppo-plans/access-log").then()
                .body("items.action", hasItem("CONFERENCE_READ"))
                .body("items.action", hasItem("PPO_ACTION_RAISED"))
                .body("items.action", hasItem("CONFERENCE_ITEM_RECORDED"));
    }

    @Test
    void aPpoWithoutAnActivePlanCannotHaveActionsRaisedAndNothingIsRecorded() {
        String scheme = scheme();
        String conference = conference(COORDINATOR, scheme, "2010-09-09");
        UUID withoutPlan = Offender.personIn(scheme);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(item(withoutPlan, Map.of("area", "ETE", "agency", "probation", "text", "Basic skills")))
                .post(CONFERENCES + "/{id}/items", conference)
                .then().statusCode(400).body("violations[0].field", equalTo("offenderId"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body(item(withoutPlan))
                .post(CONFERENCES + "/{id}/items", conference)
                .then().statusCode(412).body("violations[0].field", equalTo("If-Match"));
        given().auth().oauth2(COORDINATOR).get(CONFERENCES + "/{id}", conference).then()
                .header("ETag", "\"0\"").body("items", empty());
    }

    @Test
    void badConferencesAreRefused() {
        String scheme = scheme();
        conference(COORDINATOR, scheme, "2010-09-09");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", scheme, "heldOn", "2010-09-09", "attendingAgencies", List.of("police")))
                .post(CONFERENCES).then().statusCode(409).body("violations[0].field", equalTo("heldOn"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", scheme, "heldOn", "2010-10-09", "attendingAgencies", List.of("Police Force")))
                .post(CONFERENCES).then().statusCode(400).body("violations[0].field", startsWith("attendingAgencies"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", scheme, "heldOn", "9 October", "attendingAgencies", List.of("police")))
                .post(CONFERENCES).then().statusCode(400).body("violations[0].field", equalTo("heldOn"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", scheme, "heldOn", "2010-10-09", "attendingAgencies", List.of()))
                .post(CONFERENCES).then().statusCode(400).body("violations[0].field", equalTo("attendingAgencies"));
        given().auth().oauth2(COORDINATOR).queryParam("schemeCode", scheme).get(CONFERENCES).then().body("total", equalTo(1));
    }

    @Test
    void aConferenceOutOfScopeIsNotFoundExactlyAsAnUnknownOneAndIsHiddenFromAnalysts() throws SQLException {
        String scheme = scheme();
        String theirs = conference(COORDINATOR, scheme, "2010-10-14");
        String unknown = UUID.randomUUID().toString();
        for (String token : List.of(EASTBOURNE_MANAGER, NO_SCHEMES_MANAGER)) {
            for (String id : List.of(theirs, unknown)) {
                var read = given().auth().oauth2(token).get(CONFERENCES + "/{id}", id).then().statusCode(404)
                        .body("detail", equalTo("No case conference " + id)).extract();
                var open = given().auth().oauth2(token).get(CONFERENCES + "/{id}/open-actions", id).then().statusCode(404)
                        .body("detail", equalTo("No case conference " + id)).extract();
                var item = given().auth().oauth2(token).contentType(ContentType.JSON).body(item(Offender.personIn(scheme)))
                        .post(CONFERENCES + "/{id}/items", id).then().statusCode(404)
                        .body("detail", equalTo("No case conference " + id)).extract();
                assertEquals(shape(read), shape(open));
                assertEquals(shape(read), shape(item));
            }
            given().auth().oauth2(token).queryParam("size", 500).get(CONFERENCES).then().statusCode(200)
                    .body("items.id", not(hasItem(theirs)));
            given().auth().oauth2(token).queryParam("schemeCode", scheme).get(CONFERENCES).then().statusCode(200)
                    .body("total", equalTo(0));
        }
        given().auth().oauth2(NO_SCHEMES_MANAGER).get(CONFERENCES).then().statusCode(200).body("total", equalTo(0));
        // the attempt on a conference that exists is written down; the one on no conference has nothing to name
        String requestId = "req-conference-" + theirs;
        given().auth().oauth2(EASTBOURNE_MANAGER).header("X-Request-Id", requestId).header("X-Purpose", "looking around")
                .get(CONFERENCES + "/{id}", theirs).then().statusCode(404);
        assertEquals(List.of("ACCESS_REFUSED eve.manager offender-manager probation looking around"), auditOf(requestId));
        given().auth().oauth2(onlyFor(scheme)).get(CONFERENCES + "/{id}", theirs).then().statusCode(200)
                .header("ETag", "\"0\"").body("items", empty());
        for (String token : new String[] {ANALYST, PARTNER}) {
            given().auth().oauth2(token).get(CONFERENCES + "/{id}", theirs).then().statusCode(403);
            given().auth().oauth2(token).get(CONFERENCES).then().statusCode(403);
        }
        given().get(CONFERENCES).then().statusCode(401);
    }

    @Test
    void aConferenceCanBeRecordedOnlyForASchemeThatExistsAndTheCallerMaySee() {
        String scheme = scheme();
        Map<String, Object> conference = Map.of("schemeCode", scheme, "heldOn", "2010-10-09", "attendingAgencies", List.of("police"));
        var outOfScope = given().auth().oauth2(EASTBOURNE_MANAGER).contentType(ContentType.JSON).body(conference)
                .post(CONFERENCES).then().statusCode(404).body("detail", equalTo("No scheme " + scheme)).extract();
        given().auth().oauth2(NO_SCHEMES_MANAGER).contentType(ContentType.JSON).body(conference)
                .post(CONFERENCES).then().statusCode(404).body("detail", equalTo("No scheme " + scheme));
        var unknown = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", "NOWHERE", "heldOn", "2010-10-09", "attendingAgencies", List.of("police")))
                .post(CONFERENCES).then().statusCode(404).body("detail", equalTo("No scheme NOWHERE")).extract();
        assertEquals(shape(unknown), shape(outOfScope));
        given().auth().oauth2(COORDINATOR).queryParam("schemeCode", scheme).get(CONFERENCES).then().body("total", equalTo(0));
        given().auth().oauth2(COORDINATOR).queryParam("schemeCode", "NOWHERE").get(CONFERENCES).then().body("total", equalTo(0));
        Offender.down(() -> given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(conference)
                .post(CONFERENCES).then().statusCode(503).body("type", equalTo("urn:ppo:problem:service-unavailable")));
        given().auth().oauth2(onlyFor(scheme)).contentType(ContentType.JSON).body(conference).post(CONFERENCES).then().statusCode(201);
    }

    @Test
    void anItemNamingAPersonOfAnotherSchemeIsRefusedAsAnUnknownPersonAndChangesNothing() throws Exception {
        String scheme = scheme();
        String conference = conference(COORDINATOR, scheme, "2010-09-09");
        UUID elsewhere = Offender.personIn("EASTBOURNE");
        String plan = ppoPlan(elsewhere);
        UUID unknown = Offender.unknownPerson();
        Map<String, String> action = Map.of("area", "DIP", "agency", "dip", "text", "Fast-track DIP assessment");

        String requestId = "req-item-" + elsewhere;
        var otherScheme = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("X-Request-Id", requestId)
                .body(item(elsewhere, action)).post(CONFERENCES + "/{id}/items", conference)
                .then().statusCode(404).body("detail", equalTo("No person " + elsewhere)).extract();
        var outOfScope = given().auth().oauth2(onlyFor(scheme)).contentType(ContentType.JSON)
                .body(item(elsewhere, action)).post(CONFERENCES + "/{id}/items", conference)
                .then().statusCode(404).body("detail", equalTo("No person " + elsewhere)).extract();
        var noSuchPerson = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(item(unknown, action)).post(CONFERENCES + "/{id}/items", conference)
                .then().statusCode(404).body("detail", equalTo("No person " + unknown)).extract();
        assertEquals(shape(noSuchPerson), shape(otherScheme));
        assertEquals(shape(noSuchPerson), shape(outOfScope));

        given().auth().oauth2(COORDINATOR).get(CONFERENCES + "/{id}", conference).then().statusCode(200)
                .header("ETag", "\"0\"").body("items", empty());
        given().auth().oauth2(COORDINATOR).get("/api/v1/ppo-plans/{id}", plan).then().statusCode(200)
                .header("ETag", "\"0\"").body("actions", empty());
        given().auth().oauth2(AUDITOR).queryParam("personId", elsewhere.toString()).get("/api/v1/ppo-plans/access-log").then()
                .body("items.find { it.requestId == '%s' }.action".formatted(requestId), equalTo("ACCESS_REFUSED"))
                .body("items.action", not(hasItem("CONFERENCE_ITEM_RECORDED")));
    }

    @Test
    void aConferenceShowsOnlyTheItemsAndOpenActionsOfPeopleTheCallerMaySeeNow() {
        String scheme = scheme();
        UUID staying = Offender.personIn(scheme);
        UUID leaving = Offender.personIn(scheme);
        ppoPlan(staying);
        ppoPlan(leaving);
        String september = conference(COORDINATOR, scheme, "2010-09-09");
        Map<String, String> action = Map.of("area", "ETE", "agency", "probation", "text", "Basic skills course");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(item(staying, action))
                .post(CONFERENCES + "/{id}/items", september).then().statusCode(201);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(item(leaving, action))
                .post(CONFERENCES + "/{id}/items", september).then().statusCode(201);
        String october = conference(COORDINATOR, scheme, "2010-10-14");
        String manager = onlyFor(scheme);
        given().auth().oauth2(manager).get(CONFERENCES + "/{id}", september).then().statusCode(200)
                .body("items.offenderId", contains(staying.toString(), leaving.toString()));

        Offender.transfer(leaving, "THURROCK");

        given().auth().oauth2(manager).get(CONFERENCES + "/{id}", september).then().statusCode(200)
                .body("items.offenderId", contains(staying.toString()));
        given().auth().oauth2(manager).get(CONFERENCES + "/{id}/open-actions", october).then().statusCode(200)
                .body("actions.offenderId", contains(staying.toString()));
        given().auth().oauth2(COORDINATOR).get(CONFERENCES + "/{id}/open-actions", october).then().statusCode(200)
                .body("actions.offenderId", containsInAnyOrder(staying.toString(), leaving.toString()));
        given().auth().oauth2(AUDITOR).queryParam("personId", leaving.toString()).get("/api/v1/ppo-plans/access-log").then()
                .body("items.findAll { it.actor == 'sid.manager' && it.action == 'CONFERENCE_READ' }.size()", equalTo(1));
    }

    /** The audit records of a request: action, who, roles, agency and purpose. */
    private List<String> auditOf(String requestId) throws SQLException {
        List<String> records = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT action, actor, roles, agency, purpose FROM audit_event WHERE request_id = ?")) {
            select.setString(1, requestId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(String.join(" ", rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5)));
                }
            }
        }
        return records;
    }
}
