package uk.ppo.actionplan.conference;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.actionplan.support.Offender;
import uk.ppo.actionplan.support.OffenderServiceStub;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.AUDITOR;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;

/** The agenda of a case conference, and who attended one. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(OffenderServiceStub.class)
class AgendaResourceTest {

    private static final String CONFERENCES = "/api/v1/case-conferences";

    static String member(UUID id, String status, String strand, String selected, String review, boolean preRelease,
                         String release, int late) {
        return """
                {"personId":"%s","pncId":"2009/0001234A","firstName":"Dean","lastName":"Hall","status":"%s","strand":"%s",
                 "selectedOn":"%s","nextReviewDue":"%s","nextReviewPreRelease":%s,"inCustody":%s,"expectedReleaseOn":%s,
                 "standardsMissed":%d,"somethingNew":"ignored"}""".formatted(id, status, strand, selected, review, preRelease,
                release != null, release == null ? "null" : "\"" + release + "\"", late);
    }

    @Test
    void everyCurrentMemberIsOnTheAgendaWithTheReasonsToDiscussThem() {
        String scheme = Offender.newScheme();
        String schemeId = UUID.nameUUIDFromBytes(scheme.getBytes()).toString();
        UUID settled = Offender.personIn(scheme);
        UUID amber = Offender.personIn(scheme);
        UUID young = Offender.personIn(scheme);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("offenderId", settled.toString(), "strand", "CATCH_CONVICT")).post("/api/v1/ppo-plans").then().statusCode(201);
        String september = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", scheme, "heldOn", "2010-09-09", "attendingAgencies", List.of("police", "probation")))
                .post(CONFERENCES).then().statusCode(201).extract().path("id");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("offenderId", settled.toString(), "discussion", "Engaging with DIP; working part-time"))
                .post(CONFERENCES + "/{id}/items", september).then().statusCode(201);
        // late-recorded events are counted from the last conference (9 September)
        Offender.agendaFacts(scheme, "2010-09-09", "[" + String.join(",",
                member(settled, "ACTIVE", "CATCH_CONVICT", "2010-03-01", "2011-03-01", false, null, 0),
                member(amber, "AMBER", "CATCH_CONVICT", "2009-01-05", "2010-10-23", true, "2010-11-20", 2),
                member(young, "ACTIVE", "PREVENT_DETER", "2010-09-20", "2010-10-01", false, null, 0)) + "]");

        given().auth().oauth2(COORDINATOR).queryParam("schemeId", schemeId).queryParam("on", "2010-10-14")
                .get(CONFERENCES + "/agenda").then().statusCode(200)
                .body("schemeCode", equalTo(scheme))
                .body("lastConference", equalTo(september)).body("lastConferenceOn", equalTo("2010-09-09"))
                .body("releaseWindowDays", equalTo(56))
                .body("items", hasSize(3))
                .body("items.offenderId", equalTo(List.of(settled.toString(), amber.toString(), young.toString())))
                .body("items[0].reasons", empty())
                .body("items[0].lastDiscussedOn", equalTo("2010-09-09"))
                .body("items[0].strand", equalTo("CATCH_CONVICT"))
                .body("items[1].reasons", equalTo(List.of("AMBER", "RELEASE_DUE", "NO_ACTIVE_PLAN", "NOT_DISCUSSED_IN_8_WEEKS",
                        "SERVICE_STANDARD_MISSED")))
                .body("items[1].expectedReleaseOn", equalTo("2010-11-20")).body("items[1].nextReviewPreRelease", equalTo(true))
                .body("items[1].activePlanId", nullValue())
                .body("items[2].reasons", equalTo(List.of("NEW_SINCE_LAST_CONFERENCE", "REVIEW_OVERDUE", "NO_ACTIVE_PLAN",
                        "NOT_DISCUSSED_IN_8_WEEKS")))
                .body("items[2].strand", equalTo("PREVENT_DETER"));

        given().auth().oauth2(AUDITOR).queryParam("personId", amber.toString()).get("/api/v1/ppo-plans/access-log")
                .then().statusCode(200).body("items.action", hasItem("CONFERENCE_AGENDA_READ"));
    }

    @Test
    void theAgendaIsTheCallersSchemesOnly() {
        String scheme = Offender.newScheme();
        String schemeId = UUID.nameUUIDFromBytes(scheme.getBytes()).toString();
        String other = TestTokens.user("sid.manager").roles("offender-manager").agency("probation").schemes("ELSEWHERE").token();
        given().auth().oauth2(other).queryParam("schemeId", schemeId).get(CONFERENCES + "/agenda").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(COORDINATOR).queryParam("schemeId", UUID.randomUUID().toString()).get(CONFERENCES + "/agenda")
                .then().statusCode(404);
        given().auth().oauth2(COORDINATOR).get(CONFERENCES + "/agenda").then().statusCode(400)
                .body("violations[0].field", equalTo("schemeId"));
        given().auth().oauth2(ANALYST).queryParam("schemeId", schemeId).get(CONFERENCES + "/agenda").then().statusCode(403);
    }

    @Test
    void aConferenceRecordsWhoAttendedAndTheirAgencies() {
        String scheme = Offender.newScheme();
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", scheme, "heldOn", "2009-01-21", "attendingAgencies", List.of("council"),
                        "attendees", List.of(Map.of("name", "DS Jo Carter", "agency", "police", "role", "PPO Officer"),
                                Map.of("name", "Sam Reid", "agency", "dip", "role", "DIP worker"))))
                .post(CONFERENCES).then().statusCode(201)
                .body("attendingAgencies", equalTo(List.of("council", "police", "dip")))
                .body("attendees.name", equalTo(List.of("DS Jo Carter", "Sam Reid")))
                .extract().path("id");
        given().auth().oauth2(COORDINATOR).get(CONFERENCES + "/{id}", id).then().statusCode(200)
                .body("attendees[0].role", equalTo("PPO Officer")).body("attendees[1].agency", equalTo("dip"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", scheme, "heldOn", "2009-02-18"))
                .post(CONFERENCES).then().statusCode(400).body("violations[0].field", equalTo("attendingAgencies"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", scheme, "heldOn", "2009-02-18",
                        "attendees", List.of(Map.of("name", "X", "agency", "Police!", "role", "PPO Officer"))))
                .post(CONFERENCES).then().statusCode(400).body("violations[0].field", equalTo("attendees[0].agency"));
    }
}
