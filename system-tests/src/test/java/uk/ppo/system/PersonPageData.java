package uk.ppo.system;

import io.restassured.http.ContentType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The PPO whose whole page the person scenario (admin-console/src/test/e2e/person.e2e.mjs) reads, made through
 * the API: selected onto Catch and Convict in Hastings, with offences and an event from the police system, two
 * accommodation assessments a month apart, an ASSET assessment, a plan with an action, and a score from a run
 * over Hastings. Returns the environment the scenario reads the person from.
 */
final class PersonPageData {

    private PersonPageData() {
    }

    static Map<String, String> create() throws InterruptedException {
        String cora = RunningSuite.tokenFor("cora.coordinator");
        String maya = RunningSuite.tokenFor("maya.manager");
        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        String pnc = "2003/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "P";
        String lastName = "Pryor" + ThreadLocalRandom.current().nextInt(1000, 10_000);
        LocalDate today = LocalDate.now();

        String id = given().auth().oauth2(cora).contentType(ContentType.JSON)
                .body(Map.of("pncId", pnc, "firstName", "Pia", "lastName", lastName, "dateOfBirth", "1988-06-21", "gender", "FEMALE",
                        "ethnicity", "WHITE", "schemeId", AdminConsoleIT.HASTINGS))
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
        DataProtectionIT.decide(cora, id, Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "listedFor", "PROLIFIC",
                "decidedOn", today.minusDays(40).toString()));

        List<Map<String, Object>> offences = List.of(
                Map.of("pncId", pnc, "sourceId", "PP-1-" + pnc.substring(5), "category", "BURGLARY_DWELLING", "status", "CONVICTED",
                        "offenceDate", today.minusDays(35).toString(), "victimTypes", List.of("ELDERLY")),
                Map.of("pncId", pnc, "sourceId", "PP-2-" + pnc.substring(5), "category", "THEFT_FROM_MOTOR_VEHICLE", "status", "ADMITTED",
                        "offenceDate", today.minusDays(70).toString()));
        given().auth().oauth2(police).contentType(ContentType.JSON).body(offences)
                .post("/api/v1/offences/bulk").then().statusCode(200).body("created", equalTo(2));
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("sourceId", "PP-INT-" + pnc.substring(5), "type", "INTELLIGENCE", "grading", "B2",
                        "occurredAt", Instant.now().minus(Duration.ofDays(12)).toString(), "detail", "Seen with stolen satnavs"))
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(201);

        for (Map<String, Object> need : List.of(
                Map.<String, Object>of("area", "ACCOMMODATION", "level", "HIGH", "status", "NO_FIXED_ABODE", "assessedOn", today.minusDays(60).toString()),
                Map.<String, Object>of("area", "ACCOMMODATION", "level", "MEDIUM", "status", "UNSETTLED", "assessedOn", today.minusDays(20).toString()),
                Map.<String, Object>of("area", "DRUGS", "level", "HIGH", "classAUse", true, "assessedOn", today.minusDays(20).toString()))) {
            given().auth().oauth2(cora).contentType(ContentType.JSON).body(need)
                    .post("/api/v1/offenders/{id}/needs", id).then().statusCode(201);
        }
        given().auth().oauth2(maya).contentType(ContentType.JSON)
                .body(Map.of("score", 24, "rosh", false, "assessedOn", today.minusDays(30).toString(), "assessorAgency", "YOS"))
                .post("/api/v1/scoring/people/{id}/asset-assessments", id).then().statusCode(201);

        String planId = given().auth().oauth2(maya).contentType(ContentType.JSON).body(Map.of("offenderId", id, "strand", "CATCH_CONVICT"))
                .post("/api/v1/ppo-plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(maya).contentType(ContentType.JSON)
                .body(Map.of("area", "LICENCE_ENFORCEMENT", "agency", "police", "text", "Weekly curfew checks", "due", today.plusDays(30).toString()))
                .post("/api/v1/ppo-plans/{id}/actions", planId).then().statusCode(201);

        scoreHastings(cora, today);
        return Map.of("PERSON_PAGE_ID", id, "PERSON_PAGE_NAME", "Pia " + lastName);
    }

    /** A score run over Hastings, waited for: the person's latest score and its history come from it. */
    private static void scoreHastings(String token, LocalDate asOf) throws InterruptedException {
        String runId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("schemeId", AdminConsoleIT.HASTINGS, "asOf", asOf.toString()))
                .post("/api/v1/scoring/runs").then().statusCode(202).extract().path("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        String status = null;
        while (System.nanoTime() < deadline) {
            status = given().auth().oauth2(token).get("/api/v1/scoring/runs/{id}", runId).then().statusCode(200).extract().path("status");
            if (Set.of("COMPLETED", "FAILED").contains(status)) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("COMPLETED", status, "the score run over Hastings");
    }
}
