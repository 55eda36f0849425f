package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 4 through the gateway with real Keycloak tokens: scoring-service pulls a scheme from the real
 * offender-service with its own client-credentials token, scores and ranks it, and explains the scores.
 */
@ExtendWith(RunningSuite.class)
class ScoringIT {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    static String pnc() {
        return "2017/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "M";
    }

    static String person(String coordinator, String schemeId, String pnc) {
        Map<String, Object> person = new HashMap<>();
        person.put("pncId", pnc);
        person.put("firstName", "Dean");
        person.put("lastName", "Marsh");
        person.put("dateOfBirth", "1990-03-09");
        person.put("gender", "MALE");
        person.put("ethnicity", "WHITE");
        person.put("schemeId", schemeId);
        person.put("leadOfficer", Map.of("name", "PC 3310 A. Finch", "contact", "0300 555 3310"));
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(person)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
    }

    @Test
    void aCoordinatorsScoreRunReadsOffenderServiceScoresRanksAndExplains() {
        String admin = RunningSuite.tokenFor("ada.admin");
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        String code = "SC" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 6);
        String schemeId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", code + " scheme", "district", "Rother", "county", "East Sussex"))
                .post("/api/v1/schemes").then().statusCode(201).extract().path("id");

        String nomineePnc = pnc();
        String nominee = person(coordinator, schemeId, nomineePnc);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "reason", "Dwelling burglaries since the summer", "agency", "POLICE"))
                .post("/api/v1/offenders/{id}/nominations", nominee).then().statusCode(201);
        String member = person(coordinator, schemeId, pnc());
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "reason", "Prolific shoplifting", "agency", "POLICE"))
                .post("/api/v1/offenders/{id}/nominations", member).then().statusCode(201);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "decidedOn", TODAY.minusDays(1).toString(),
                        "rationale", "Matrix score and partner evidence", "attendingAgencies", List.of("POLICE", "PROBATION")))
                .post("/api/v1/offenders/{id}/decisions", member).then().statusCode(201);

        // the scheme is new: police-system sees only Hastings and Eastbourne, probation-system every scheme
        String partner = RunningSuite.clientToken("probation-system", "probation-system-local-secret");
        List<Map<String, Object>> offences = List.of(
                Map.of("pncId", nomineePnc, "sourceId", "SC-1-" + nomineePnc.substring(5),
                        "category", "BURGLARY_DWELLING", "status", "CONVICTED", "offenceDate", TODAY.minusDays(30).toString(),
                        "victimTypes", List.of("ELDERLY")),
                Map.of("pncId", nomineePnc, "sourceId", "SC-2-" + nomineePnc.substring(5),
                        "category", "BURGLARY_DWELLING", "status", "ADMITTED", "offenceDate", TODAY.minusDays(60).toString()),
                Map.of("pncId", nomineePnc, "sourceId", "SC-3-" + nomineePnc.substring(5),
                        "category", "ROBBERY", "status", "CONVICTED", "offenceDate", TODAY.minusMonths(20).toString()));
        given().auth().oauth2(partner).contentType(ContentType.JSON).body(offences)
                .post("/api/v1/offences/bulk").then().statusCode(200).body("created", equalTo(3));
        given().auth().oauth2(partner).contentType(ContentType.JSON)
                .body(Map.of("sourceId", "INT-" + nomineePnc.substring(5), "type", "INTELLIGENCE",
                        "occurredAt", Instant.now().minus(Duration.ofDays(10)).toString(), "grading", "B2"))
                .post("/api/v1/offenders/{id}/events", nominee).then().statusCode(201);

        io.restassured.response.Response started = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("schemeId", schemeId, "asOf", TODAY.toString())).post("/api/v1/scoring/runs");
        started.then().statusCode(202).body("schemeCode", equalTo(code));
        String runId = started.path("id");
        // the run to poll, at the gateway the caller used
        assertEquals(RunningSuite.suite().config().gatewayUrl() + "/api/v1/scoring/runs/" + runId, started.header("Location"));
        JsonPath run = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            run = given().auth().oauth2(coordinator).get("/api/v1/scoring/runs/{id}", runId).then().statusCode(200).extract().jsonPath();
            if (List.of("COMPLETED", "FAILED").contains(run.getString("status"))) {
                break;
            }
            sleep();
        }
        assertEquals("COMPLETED", run.getString("status"), run.prettify());
        assertEquals(2, run.getInt("scored"));
        assertEquals(1, run.getInt("cohortTotal"), "the member has no offences: slight impact only");

        // 2 dwelling burglaries (8), an elderly victim (5), intelligence 10 days old (5), serial 2-6 (3), moderate impact (3)
        given().auth().oauth2(coordinator).get("/api/v1/scoring/people/{id}/scores/latest", nominee).then().statusCode(200)
                .body("total", equalTo(24))
                .body("matrixVersion", equalTo(1))
                .body("runId", equalTo(runId))
                .body("lines.rule", equalTo(List.of("BURGLARY_DWELLING", "VICTIM_ELDERLY", "INTELLIGENCE_0_TO_28_DAYS",
                        "SERIAL_OFFENDER_2_TO_6_OFFENCES", "IMPACT_MODERATE")))
                .body("excluded", hasSize(1))
                .body("excluded[0].reason", equalTo("OUTSIDE_LOOK_BACK"));
        given().auth().oauth2(RunningSuite.tokenFor("maya.manager")).get("/api/v1/scoring/people/{id}/scores", nominee)
                .then().statusCode(200).body("[0].reason", equalTo("First score: 24 (matrix version 1)"));
        given().auth().oauth2(RunningSuite.tokenFor("sam.scoped")).get("/api/v1/scoring/people/{id}/scores/latest", nominee)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(RunningSuite.tokenFor("oscar.officer")).get("/api/v1/scoring/people/{id}/scores/latest", nominee)
                .then().statusCode(403);

        given().auth().oauth2(coordinator).get("/api/v1/scoring/runs/{id}/proposal", runId).then().statusCode(200)
                .body("strands.CATCH_CONVICT.personId", equalTo(List.of(nominee, member)))
                .body("strands.CATCH_CONVICT.action", equalTo(List.of("JOIN", "STAY")))
                .body("warnings", hasItem(org.hamcrest.Matchers.containsString("below the minimum of 20")));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/scoring/runs/{id}/proposal/submission", runId).then().statusCode(200)
                .body("nominated", equalTo(0)).body("run.proposalStatus", equalTo("SUBMITTED"));

        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).queryParam("personId", nominee)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.user", hasItem("service-account-scoring-service"));
        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).queryParam("personId", nominee)
                .get("/api/v1/scoring/audit").then().statusCode(200)
                .body("items.action", hasItem("SCORE_RUN"))
                .body("items.action", hasItem("SCORE_READ"));
    }

    @Test
    void partnersEvaluateAndComputeOgrs3ThroughTheGateway() {
        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("sex", "MALE", "dateOfBirth", "1991-07-17", "currentConvictionDate", "2021-08-05",
                        "followUpStart", "2021-12-12", "totalSanctions", 2, "ageAtFirstSanction", 21, "offenceGroup", "FRAUD_FORGERY"))
                .post("/api/v1/scoring/ogrs3").then().statusCode(200)
                .body("oneYearPercent", equalTo(10.7f)).body("twoYearPercent", equalTo(19.8f)).body("band", equalTo("LOW"));
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("asOf", TODAY.toString(), "offences", List.of(Map.of("category", "TWOC", "status", "SUSPECTED",
                        "offenceDate", TODAY.minusDays(3).toString()))))
                .post("/api/v1/scoring/evaluations").then().statusCode(200)
                .body("total", equalTo(12 + 3)).body("lines[0].multiplier", equalTo(4));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
