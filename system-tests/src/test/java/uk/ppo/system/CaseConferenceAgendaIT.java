package uk.ppo.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * A scheme's case-conference agenda (002, 003: monthly case conferences review every PPO and raise actions) through
 * the gateway with real Keycloak tokens: action-plan-service asks offender-service for the scheme's members with its
 * own client (role conference-feed) and adds its plans and conference history. Every member is on it, each with the
 * reasons to discuss them; a conference records who attended and what was said about each PPO.
 */
@ExtendWith(RunningSuite.class)
class CaseConferenceAgendaIT {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void theAgendaCoversEveryMemberOfTheSchemeWithTheReasonsToDiscussThem() {
        String ada = RunningSuite.tokenFor("ada.admin");
        String cora = RunningSuite.tokenFor("cora.coordinator");
        String probation = RunningSuite.clientToken("probation-system", "probation-system-local-secret");
        String code = "AG" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
        String scheme = given().auth().oauth2(ada).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", code + " PPO Scheme", "district", "Ipswich", "county", "Suffolk"))
                .post("/api/v1/schemes").then().statusCode(201).extract().path("id");

        String settled = person(cora, scheme, "Adams");
        String late = person(cora, scheme, "Baker");
        String amber = person(cora, scheme, "Clarke");
        String candidate = person(cora, scheme, "Doyle");
        decide(cora, settled, Map.of("type", "SELECT", "listedFor", "PROLIFIC", "strand", "CATCH_CONVICT", "decidedOn", TODAY.minusDays(60).toString()));
        decide(cora, late, Map.of("type", "SELECT", "listedFor", "PROLIFIC", "strand", "CATCH_CONVICT", "decidedOn", TODAY.minusDays(60).toString()));
        decide(cora, amber, Map.of("type", "SELECT", "listedFor", "PROLIFIC", "strand", "CATCH_CONVICT", "decidedOn", TODAY.minusDays(10).toString()));
        LocalDate release = TODAY.plusDays(30);
        event(probation, amber, "CUSTODY_SENTENCE", TODAY.minusDays(5), TODAY.minusDays(5),
                Map.of("custodyMonths", 36, "expectedReleaseOn", release.toString(), "prison", "HMP Highpoint"));
        decide(cora, amber, Map.of("type", "AMBER", "reasonCode", "CUSTODY_OVER_2_YEARS", "decidedOn", TODAY.minusDays(3).toString()));
        String plan = given().auth().oauth2(cora).contentType(ContentType.JSON)
                .body(Map.of("offenderId", settled, "strand", "CATCH_CONVICT"))
                .post("/api/v1/ppo-plans").then().statusCode(201).extract().path("id");

        // last month's conference: who attended, and the discussion of one PPO with an action raised into their plan
        var created = given().auth().oauth2(cora).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", code, "heldOn", TODAY.minusDays(28).toString(),
                        "attendees", List.of(Map.of("name", "PC 4102 S. Hudson", "agency", "police", "role", "PPO Officer"),
                                Map.of("name", "J. Sharp", "agency", "probation", "role", "Offender manager"),
                                Map.of("name", "S. Alders", "agency", "dip", "role", "DIP worker"))))
                .post("/api/v1/case-conferences").then().statusCode(201)
                .body("attendingAgencies", equalTo(List.of("police", "probation", "dip")))
                .extract();
        String conference = created.path("id");
        given().auth().oauth2(cora).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("offenderId", settled, "discussion", "Engaging with DIP; accommodation still temporary",
                        "actions", List.of(Map.of("area", "ACCOMMODATION", "agency", "housing", "text", "Supported housing place",
                                "due", TODAY.plusDays(14).toString()))))
                .post("/api/v1/case-conferences/{id}/items", conference).then().statusCode(201)
                .body("items[0].offenderId", equalTo(settled)).body("items[0].raisedActions", hasSize(1))
                .body("attendees.role", equalTo(List.of("PPO Officer", "Offender manager", "DIP worker")));

        // a court result recorded 11 days after the hearing, since that conference: the 7-day standard missed
        event(probation, late, "COURT_RESULT", TODAY.minusDays(12), TODAY.minusDays(1), Map.of());

        given().auth().oauth2(cora).queryParam("schemeId", scheme).queryParam("on", TODAY.toString())
                .get("/api/v1/case-conferences/agenda").then().statusCode(200)
                .body("schemeCode", equalTo(code))
                .body("lastConference", equalTo(conference))
                .body("items.offenderId", equalTo(List.of(settled, late, amber)))
                .body("items[0].reasons", empty())
                .body("items[0].activePlanId", equalTo(plan))
                .body("items[0].lastDiscussedOn", equalTo(TODAY.minusDays(28).toString()))
                .body("items[1].reasons", equalTo(List.of("NO_ACTIVE_PLAN", "NOT_DISCUSSED_IN_8_WEEKS", "SERVICE_STANDARD_MISSED")))
                .body("items[2].reasons", equalTo(List.of("NEW_SINCE_LAST_CONFERENCE", "AMBER", "RELEASE_DUE", "NO_ACTIVE_PLAN",
                        "NOT_DISCUSSED_IN_8_WEEKS")))
                .body("items[2].expectedReleaseOn", equalTo(release.toString()))
                .body("items[2].nextReviewDue", equalTo(release.minusDays(28).toString()))
                .body("items.offenderId", org.hamcrest.Matchers.not(hasItem(candidate)));

        // another scheme's user: as if the scheme did not exist
        given().auth().oauth2(RunningSuite.tokenFor("sam.scoped")).queryParam("schemeId", scheme)
                .get("/api/v1/case-conferences/agenda").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).queryParam("personId", late).get("/api/v1/audit")
                .then().statusCode(200).body("items.action", hasItem("AGENDA_FACTS_READ"));
    }

    @Test
    void everySampleSchemeHasAPastConferenceAndAnAgendaOfEveryMember() {
        String cora = RunningSuite.tokenFor("cora.coordinator");
        for (String scheme : List.of("6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001", "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0002",
                "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0003")) {
            int members = given().auth().oauth2(cora).get("/api/v1/schemes/{id}/cohort", scheme).then().statusCode(200)
                    .extract().jsonPath().getList("members").size();
            given().auth().oauth2(cora).queryParam("schemeId", scheme).get("/api/v1/case-conferences/agenda").then().statusCode(200)
                    .body("items", hasSize(members))
                    .body("lastConferenceOn", org.hamcrest.Matchers.notNullValue())
                    .body("items.reasons.flatten()", hasItem("AMBER"))
                    .body("items.reasons.flatten()", hasItem("RELEASE_DUE"));
        }
    }

    private static String person(String token, String scheme, String lastName) {
        Map<String, Object> body = new HashMap<>(Map.of("pncId", "2016/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "G",
                "firstName", "Lee", "lastName", lastName, "dateOfBirth", "1985-06-30", "gender", "MALE", "ethnicity", "WHITE",
                "schemeId", scheme));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
    }

    private static void decide(String token, String id, Map<String, Object> decision) {
        Map<String, Object> body = new HashMap<>(decision);
        body.put("rationale", "Panel decision (agenda system test)");
        body.put("attendingAgencies", List.of("POLICE", "PROBATION"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(201);
    }

    private static void event(String token, String id, String type, LocalDate occurred, LocalDate recorded, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("sourceId", type + "-" + id);
        body.put("type", type);
        body.put("occurredAt", occurred.atTime(10, 0).toInstant(ZoneOffset.UTC).toString());
        body.put("recordedAt", recorded.atTime(10, 0).toInstant(ZoneOffset.UTC).toString());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(201);
    }
}
