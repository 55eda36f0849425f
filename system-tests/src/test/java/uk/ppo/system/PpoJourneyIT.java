package uk.ppo.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A PPO's journey and a partnership plan's report, through the gateway with real Keycloak tokens. */
@ExtendWith(RunningSuite.class)
class PpoJourneyIT {

    static final String HASTINGS = "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001";
    static final String EASTBOURNE = "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0002";
    static final String SAMPLE_PLAN = "c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001";

    @Test
    void nominatedSelectedLookedUpByAnOfficerHiddenFromOtherSchemesAndAudited() {
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        String pnc = "2018/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "J";
        Map<String, Object> person = new HashMap<>();
        person.put("pncId", pnc);
        person.put("firstName", "Kyle");
        person.put("lastName", "Walker");
        person.put("dateOfBirth", "1992-05-17");
        person.put("gender", "MALE");
        person.put("ethnicity", "WHITE");
        person.put("schemeId", EASTBOURNE);
        person.put("leadOfficer", Map.of("name", "PC 2201 R. Hale", "contact", "0300 555 2201"));
        String id = given().auth().oauth2(coordinator).header("X-Request-Id", "journey-" + pnc.substring(5, 12))
                .contentType(ContentType.JSON).body(person)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");

        given().auth().oauth2(RunningSuite.tokenFor("maya.manager")).contentType(ContentType.JSON)
                .body(Map.of("strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "reason", "Eleven thefts from vehicles since June", "agency", "probation"))
                .post("/api/v1/offenders/{id}/nominations", id).then().statusCode(201);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "decidedOn", LocalDate.now().toString(),
                        "rationale", "Matrix score and partner evidence", "attendingAgencies", List.of("POLICE", "PROBATION")))
                .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(201).body("resultingStatus", equalTo("ACTIVE"));

        Map<String, Object> status = given().auth().oauth2(RunningSuite.tokenFor("oscar.officer")).queryParam("pnc", pnc)
                .get("/api/v1/status").then().statusCode(200).extract().as(Map.class);
        assertEquals(Set.of("pncId", "ppo", "strand", "status", "scheme", "leadOfficer", "flags", "nextReviewDue"), status.keySet());
        assertEquals("EASTBOURNE", status.get("scheme"));
        given().auth().oauth2(RunningSuite.tokenFor("oscar.officer")).get("/api/v1/offenders/{id}", id).then().statusCode(403);

        String scoped = RunningSuite.tokenFor("sam.scoped");
        given().auth().oauth2(scoped).get("/api/v1/offenders/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        // the status lookup answers an out-of-scope PNC id as it answers an unknown one
        given().auth().oauth2(scoped).queryParam("pnc", pnc).get("/api/v1/status").then().statusCode(200)
                .body("ppo", org.hamcrest.Matchers.equalTo(false)).body("scheme", org.hamcrest.Matchers.nullValue());
        // record-level scope everywhere the person can be reached: the composed summary and their PPO plan too
        given().auth().oauth2(scoped).get("/api/v1/offenders/{id}/summary", id).then().statusCode(404)
                .contentType("application/problem+json");
        String planId = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("offenderId", id, "strand", "CATCH_CONVICT"))
                .post("/api/v1/ppo-plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(scoped).get("/api/v1/ppo-plans/{id}", planId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(scoped).queryParam("offenderId", id).get("/api/v1/ppo-plans").then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(coordinator).queryParam("offenderId", id).get("/api/v1/ppo-plans").then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(scoped).get("/api/v1/schemes/{s}/cohort", HASTINGS).then().statusCode(200)
                .body("counts.PREVENT_DETER", equalTo(14));

        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        Map<String, Object> offence = Map.of("pncId", pnc, "sourceSystem", "police-system", "sourceId", "CR-" + pnc.substring(5),
                "category", "THEFT_FROM_MOTOR_VEHICLE", "status", "CONVICTED", "offenceDate", "2026-08-02");
        for (String expected : List.of("CREATED", "UPDATED")) {
            given().auth().oauth2(police).contentType(ContentType.JSON).body(List.of(offence))
                    .post("/api/v1/offences/bulk").then().statusCode(200).body("results[0].result", equalTo(expected));
        }

        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).queryParam("personId", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("PERSON_CREATE"))
                .body("items.action", hasItem("DECISION_RECORD"))
                .body("items.action", hasItem("STATUS_LOOKUP"))
                .body("items.user", hasItem("oscar.officer"))
                .body("items.requestId", hasItem("journey-" + pnc.substring(5, 12)));
    }

    @Test
    void thePartnershipReportsOnItsSamplePlanAsJsonAndCsv() {
        String analyst = RunningSuite.tokenFor("ann.analyst");
        given().auth().oauth2(analyst).queryParam("asOf", "2010-10-21")
                .get("/api/v1/plans/{id}/report", SAMPLE_PLAN).then().statusCode(200)
                .body("priorities[0].code", equalTo("AR"))
                .body("priorities[0].actions", equalTo(9))
                .body("priorities.find { it.code == 'CH' }.overdueMilestones.daysLate", hasItem(113))
                .body("priorities.find { it.code == 'R/L' }.toBeConfirmed.actionCode", hasItem("L5"))
                .body("totals.actions", equalTo(81));
        given().auth().oauth2(analyst).accept("text/csv").queryParam("asOf", "2010-10-21")
                .get("/api/v1/plans/{id}/report", SAMPLE_PLAN).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(containsString("AR,AR1,Surrey and Sussex Probation Trust,AMBER,no,no,"
                        + "Assessment of need produced by IOM Project Team and signed off by project board,2010-09-30,21"));
    }
}
