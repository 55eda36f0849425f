package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person from selection to disposal, through the gateway with real Keycloak tokens and PostgreSQL: due for
 * review, RETAIN, due again, a subject-access bundle, DISPOSE with scoring-service killed midway and started
 * again; then every service answers 404 for them and the NI 30 and hotspot figures are what they were.
 */
@ExtendWith(RunningSuite.class)
class DataProtectionIT {

    @Test
    void aPersonIsReviewedRetainedDisclosedAndDisposedOfInEveryServiceWhileThePartnershipsFiguresStay() throws Exception {
        String admin = RunningSuite.tokenFor("ada.admin");
        String cora = RunningSuite.tokenFor("cora.coordinator");
        String maya = RunningSuite.tokenFor("maya.manager");
        String ann = RunningSuite.tokenFor("ann.analyst");
        String dora = RunningSuite.tokenFor("dora.dpo");
        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        long started = System.currentTimeMillis();

        // a person of Hastings (the police system's scheme) selected in 2018, with offences, intelligence, a score and a plan
        String scheme = PpoJourneyIT.HASTINGS;
        String code = "DP" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
        String pnc = "2018/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "D";
        Map<String, Object> body = new HashMap<>(Map.of("pncId", pnc, "firstName", "Dana", "lastName", "Disposed",
                "dateOfBirth", "1981-07-07", "gender", "FEMALE", "ethnicity", "WHITE", "schemeId", scheme));
        String person = given().auth().oauth2(cora).contentType(ContentType.JSON).body(body).post("/api/v1/offenders")
                .then().statusCode(201).extract().path("id");
        decide(cora, person, Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "decidedOn", "2018-01-10"));
        List<Map<String, Object>> offences = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            offences.add(Map.of("pncId", pnc, "sourceId", "CR-DP-" + UUID.randomUUID(), "category", "BURGLARY_DWELLING",
                    "status", "CONVICTED", "offenceDate", LocalDate.of(2018, 3 + i, 5).toString()));
        }
        given().auth().oauth2(police).contentType(ContentType.JSON).body(offences).post("/api/v1/offences/bulk")
                .then().statusCode(200).body("rejected", equalTo(0));
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("sourceSystem", "police-system", "sourceId", "INT-DP-" + UUID.randomUUID(), "type", "INTELLIGENCE",
                        "occurredAt", "2018-06-01T10:00:00Z", "sourceAgency", "POLICE", "grading", "B2",
                        "detail", "Seen with a known handler"))
                .post("/api/v1/offenders/{id}/events", person).then().statusCode(201);
        String run = given().auth().oauth2(cora).contentType(ContentType.JSON).body(Map.of("schemeId", scheme))
                .post("/api/v1/scoring/runs").then().statusCode(202).extract().path("id");
        awaitStatus(cora, "/api/v1/scoring/runs/" + run, "COMPLETED");
        String plan = given().auth().oauth2(maya).contentType(ContentType.JSON)
                .body(Map.of("offenderId", person, "strand", "CATCH_CONVICT"))
                .post("/api/v1/ppo-plans").then().statusCode(201).extract().path("id");
        Map<String, Object> cohort = Map.of("name", "NI 30 " + code, "schemeIds", List.of(scheme), "fixedOn", "2018-02-01",
                "baselineFrom", "2017-01-01", "baselineTo", "2017-12-31", "followUpFrom", "2018-02-01",
                "followUpTo", "2019-01-31", "targetReductionPercent", 20);
        String ni30 = given().auth().oauth2(ann).contentType(ContentType.JSON).body(cohort).post("/api/v1/performance/cohorts")
                .then().statusCode(201).extract().path("id");
        decide(cora, person, Map.of("type", "DESELECT", "reasonCode", "MOVED_OUT_OF_AREA", "decidedOn", "2019-02-01"));

        // reads the bundle must list
        given().auth().oauth2(cora).header("X-Purpose", "case conference").get("/api/v1/offenders/{id}", person).then().statusCode(200);
        given().auth().oauth2(cora).get("/api/v1/scoring/people/{id}/scores", person).then().statusCode(200);
        given().auth().oauth2(maya).get("/api/v1/ppo-plans/{id}", plan).then().statusCode(200);
        String ni30Before = ni30Report(ann, ni30);
        String hotspotsBefore = hotspots(ann);

        // due (six years after the last offence, 2024-05-05), RETAIN, due again on the date it set
        given().auth().oauth2(dora).queryParam("schemeId", scheme).queryParam("size", 500).get("/api/v1/retention/reviews")
                .then().statusCode(200)
                .body("items.find { it.personId == '" + person + "' }.reasons.kind", hasItems("OFFENCES", "PERSON"));
        LocalDate next = LocalDate.now().plusMonths(6);
        given().auth().oauth2(dora).contentType(ContentType.JSON)
                .body(Map.of("outcome", "RETAIN", "reason", "Live MAPPA referral", "nextReviewOn", next.toString()))
                .post("/api/v1/retention/reviews/{id}/decisions", person).then().statusCode(201);
        given().auth().oauth2(dora).queryParam("schemeId", scheme).queryParam("size", 500).get("/api/v1/retention/reviews")
                .then().body("items.personId", not(hasItem(person)));
        given().auth().oauth2(dora).queryParam("schemeId", scheme).queryParam("asOf", next.toString()).queryParam("size", 500)
                .get("/api/v1/retention/reviews").then()
                .body("items.find { it.personId == '" + person + "' }.reasons[0].explanation", startsWith("the last RETAIN"));

        // the subject-access bundle, before disposal: every record made above, and every read
        String sar = given().auth().oauth2(dora).contentType(ContentType.JSON).body(Map.of("pncId", pnc))
                .post("/api/v1/subject-access-requests").then().statusCode(202).extract().path("id");
        awaitStatus(dora, "/api/v1/subject-access-requests/" + sar, "COMPLETED");
        JsonPath bundle = given().auth().oauth2(dora).get("/api/v1/subject-access-requests/{id}/bundle", sar).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("offender-service", "action-plan-service", "scoring-service"), bundle.getList("sections.service"));
        List<String> offenderKinds = bundle.getList("sections[0].records.kind");
        assertEquals(3, offenderKinds.stream().filter("offence"::equals).count(), offenderKinds.toString());
        assertEquals(2, offenderKinds.stream().filter("panel-decision"::equals).count(), offenderKinds.toString());
        assertTrue(offenderKinds.containsAll(List.of("person", "event", "retention-decision", "ni30-cohort-membership")),
                offenderKinds.toString());
        assertEquals(Boolean.TRUE, bundle.get("sections[0].records.find { it.kind == 'event' }.reviewBeforeDisclosure"));
        List<String> scoringKinds = bundle.getList("sections.find { it.service == 'scoring-service' }.records.kind");
        assertTrue(scoringKinds.contains("score"), scoringKinds.toString());
        List<String> planKinds = bundle.getList("sections.find { it.service == 'action-plan-service' }.records.kind");
        assertTrue(planKinds.contains("ppo-plan"), planKinds.toString());
        List<Map<String, Object>> log = bundle.getList("disclosureLog");
        assertTrue(log.stream().anyMatch(d -> "offender-service".equals(d.get("service")) && "cora.coordinator".equals(d.get("username"))
                && "case conference".equals(d.get("purpose"))), "the coordinator's read with its purpose");
        assertTrue(log.stream().anyMatch(d -> "scoring-service".equals(d.get("service")) && "cora.coordinator".equals(d.get("username"))),
                "the coordinator's read of the scores");
        assertTrue(log.stream().anyMatch(d -> "action-plan-service".equals(d.get("service")) && "maya.manager".equals(d.get("username"))),
                "the manager's read of the plan");

        // DISPOSE with scoring-service down: offender-service's part is done at once, scoring-service's waits
        SuiteControl suite = RunningSuite.suite();
        suite.killService(Suite.Service.SCORING);
        String disposal;
        try {
            disposal = given().auth().oauth2(dora).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "DISPOSE", "reason", "No continuing policing purpose"))
                    .post("/api/v1/retention/reviews/{id}/decisions", person).then().statusCode(201)
                    .extract().path("disposalId");
            given().auth().oauth2(cora).get("/api/v1/offenders/{id}", person).then().statusCode(404);
            Thread.sleep(4_000);
            given().auth().oauth2(dora).get("/api/v1/retention/disposals/{id}", disposal).then().statusCode(200)
                    .body("status", equalTo("PENDING"))
                    .body("services.find { it.service == 'offender-service' }.state", equalTo("DONE"))
                    .body("services.find { it.service == 'scoring-service' }.state", equalTo("PENDING"));
        } finally {
            suite.restartService(Suite.Service.SCORING);
        }
        JsonPath done = awaitStatus(dora, "/api/v1/retention/disposals/" + disposal, "COMPLETED");
        int scoringAttempts = done.getInt("services.find { it.service == 'scoring-service' }.attempts");
        assertTrue(scoringAttempts >= 2, "scoring-service was asked again after it came back: " + done.prettify());

        // unknown everywhere; the partnership's figures unchanged
        given().auth().oauth2(cora).get("/api/v1/offenders/{id}", person).then().statusCode(404);
        given().auth().oauth2(dora).get("/api/v1/offenders/{id}", person).then().statusCode(404);
        given().auth().oauth2(cora).get("/api/v1/offenders/{id}/summary", person).then().statusCode(404);
        given().auth().oauth2(cora).get("/api/v1/scoring/people/{id}/scores", person).then().statusCode(404);
        given().auth().oauth2(maya).get("/api/v1/ppo-plans/{id}", plan).then().statusCode(404);
        given().auth().oauth2(RunningSuite.tokenFor("oscar.officer")).queryParam("pnc", pnc).get("/api/v1/status")
                .then().statusCode(200).body("ppo", equalTo(false));
        assertEquals(ni30Before, ni30Report(ann, ni30));
        assertEquals(hotspotsBefore, hotspots(ann));
        given().auth().oauth2(dora).get("/api/v1/subject-access-requests/{id}/bundle", sar).then().statusCode(404);
        System.out.printf("DATA PROTECTION selection to disposal in %,d ms: bundle of %d records in %d sections and %d"
                        + " disclosures; disposal completed with scoring-service killed, after %d attempts there%n",
                System.currentTimeMillis() - started, bundle.getList("sections.records.flatten()").size(),
                bundle.getList("sections").size(), log.size(), scoringAttempts);
    }

    static void decide(String token, String person, Map<String, Object> decision) {
        Map<String, Object> body = new HashMap<>(decision);
        body.put("rationale", "Panel of " + decision.get("decidedOn"));
        body.put("attendingAgencies", List.of("POLICE", "PROBATION"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/decisions", person).then().statusCode(201);
    }

    private static String ni30Report(String token, String cohort) {
        return given().auth().oauth2(token).queryParam("asOf", "2019-06-30").get("/api/v1/performance/cohorts/{id}", cohort)
                .then().statusCode(200).body("followUpOffences", greaterThanOrEqualTo(3)).extract().asString();
    }

    private static String hotspots(String token) {
        return given().auth().oauth2(token).queryParam("level", "LSOA").queryParam("from", "2025-01").queryParam("to", "2025-12")
                .queryParam("within", HotspotIT.HASTINGS).get("/api/v1/hotspots").then().statusCode(200).extract().asString();
    }

    private static JsonPath awaitStatus(String token, String path, String wanted) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonPath job = given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (wanted.equals(status)) {
                return job;
            }
            if ("FAILED".equals(status) || System.currentTimeMillis() > until) {
                throw new AssertionError(path + " is " + status + ", not " + wanted + ": " + job.prettify());
            }
            Thread.sleep(250);
        }
    }
}
