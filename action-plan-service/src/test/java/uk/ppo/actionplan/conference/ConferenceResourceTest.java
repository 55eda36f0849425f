package uk.ppo.actionplan.conference;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.AUDITOR;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.PARTNER;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class ConferenceResourceTest {

    private static final String CONFERENCES = "/api/v1/case-conferences";
    private static final String EASTBOURNE_MANAGER = TestTokens.user("eve.manager").roles("offender-manager")
            .agency("probation").schemes("EASTBOURNE").token();

    /** A scheme code of its own per test, so conferences on the same day do not collide. */
    private static String scheme() {
        return "S" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    private static String conference(String token, String scheme, String day) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", scheme, "heldOn", day, "attendingAgencies", List.of("police", "probation", "dip")))
                .post(CONFERENCES).then().statusCode(201).extract().path("id");
    }

    private static String ppoPlan(UUID offender, String scheme) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("offenderId", offender.toString(), "schemeCode", scheme, "strand", "REHABILITATE_AND_RESETTLE"))
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
        UUID offender = UUID.randomUUID();
        String plan = ppoPlan(offender, scheme);
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
    void aPpoWithoutAVisibleActivePlanCannotHaveActionsRaisedAndNothingIsRecorded() {
        String scheme = scheme();
        String conference = conference(COORDINATOR, scheme, "2010-09-09");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(item(UUID.randomUUID(), Map.of("area", "ETE", "agency", "probation", "text", "Basic skills")))
                .post(CONFERENCES + "/{id}/items", conference)
                .then().statusCode(400).body("violations[0].field", equalTo("offenderId"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body(item(UUID.randomUUID()))
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
    void conferencesAreScopedBySchemeAndHiddenFromAnalysts() {
        String hastings = conference(COORDINATOR, "HASTINGS", LocalDate.of(2000, 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(3000)).toString());
        given().auth().oauth2(EASTBOURNE_MANAGER).get(CONFERENCES + "/{id}", hastings).then().statusCode(404);
        given().auth().oauth2(EASTBOURNE_MANAGER).get(CONFERENCES + "/{id}/open-actions", hastings).then().statusCode(404);
        given().auth().oauth2(EASTBOURNE_MANAGER).queryParam("size", 500).get(CONFERENCES).then().statusCode(200)
                .body("items.id", not(hasItem(hastings)));
        given().auth().oauth2(EASTBOURNE_MANAGER).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", "HASTINGS", "heldOn", "2010-10-09", "attendingAgencies", List.of("police")))
                .post(CONFERENCES).then().statusCode(403).body("violations[0].field", equalTo("schemeCode"));
        for (String token : new String[] {ANALYST, PARTNER}) {
            given().auth().oauth2(token).get(CONFERENCES + "/{id}", hastings).then().statusCode(403);
            given().auth().oauth2(token).get(CONFERENCES).then().statusCode(403);
        }
        given().get(CONFERENCES).then().statusCode(401);
        given().auth().oauth2(COORDINATOR).get(CONFERENCES + "/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
