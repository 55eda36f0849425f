package uk.ppo.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * An IOM short-sentence member from entry to exit, through the gateway with real Keycloak tokens: the prison's
 * system records the sentence, the panel enters them, the cohort and NI 30 count them, the panel takes them out.
 */
@ExtendWith(RunningSuite.class)
class IomCohortIT {

    static final String HASTINGS = "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001";

    @Test
    void aShortSentenceMemberFromEntryToExit() {
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        String probation = RunningSuite.clientToken("probation-system", "probation-system-local-secret");
        String pnc = "2019/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "K";
        Map<String, Object> person = new HashMap<>();
        person.put("pncId", pnc);
        person.put("firstName", "Darren");
        person.put("lastName", "Cole");
        person.put("dateOfBirth", "1988-09-03");
        person.put("gender", "MALE");
        person.put("ethnicity", "WHITE");
        person.put("schemeId", HASTINGS);
        String id = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(person)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");

        // four months in custody: under 12 months, so no statutory supervision on release
        Map<String, Object> sentence = new HashMap<>();
        sentence.put("sourceId", "IOM-" + pnc);
        sentence.put("type", "CUSTODY_SENTENCE");
        sentence.put("occurredAt", Instant.now().minus(60, ChronoUnit.DAYS).toString());
        sentence.put("custodyMonths", 4);
        sentence.put("expectedReleaseOn", LocalDate.now().minusDays(2).toString());
        given().auth().oauth2(probation).contentType(ContentType.JSON).body(sentence)
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(201);

        LocalDate entered = LocalDate.now().minusDays(30);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("type", "IOM_ENTER", "iomCategory", "SHORT_SENTENCE", "decidedOn", entered.toString(),
                        "rationale", "Released after 4 months with no supervision; 9 thefts in the year before",
                        "attendingAgencies", List.of("POLICE", "PROBATION", "HOUSING")))
                .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(201)
                .body("resultingIomCohort", equalTo("SHORT_SENTENCE"));
        // a woman-only cohort is refused for him, and nothing changes
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("type", "IOM_ENTER", "iomCategory", "WOMEN_SHORT_SENTENCE", "decidedOn", entered.toString(),
                        "rationale", "Wrong cohort", "attendingAgencies", List.of("POLICE")))
                .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(409)
                .contentType("application/problem+json");

        given().auth().oauth2(RunningSuite.tokenFor("maya.manager")).get("/api/v1/offenders/{id}", id).then().statusCode(200)
                .body("iom.cohort", equalTo("SHORT_SENTENCE")).body("iom.since", equalTo(entered.toString()));
        given().auth().oauth2(coordinator).queryParam("category", "SHORT_SENTENCE")
                .get("/api/v1/schemes/{s}/iom-cohort", HASTINGS).then().statusCode(200)
                .body("members.id", hasItem(id));
        // NI 30 for the short-sentence cohort of Hastings fixed after entry
        Map<String, Object> cohort = new HashMap<>();
        cohort.put("name", "Hastings short-sentence IOM cohort");
        cohort.put("schemeIds", List.of(HASTINGS));
        cohort.put("fixedOn", entered.plusDays(1).toString());
        cohort.put("baselineFrom", "2024-04-01");
        cohort.put("baselineTo", "2025-03-31");
        cohort.put("followUpFrom", "2025-04-01");
        cohort.put("followUpTo", "2026-03-31");
        cohort.put("targetReductionPercent", 20);
        cohort.put("category", "SHORT_SENTENCE");
        String measured = given().auth().oauth2(RunningSuite.tokenFor("ann.analyst")).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(RunningSuite.tokenFor("ann.analyst")).get("/api/v1/performance/cohorts/{id}", measured).then()
                .statusCode(200).body("category", equalTo("SHORT_SENTENCE"));

        // an officer's status lookup is unchanged: an IOM member who is not a PPO is not a PPO
        given().auth().oauth2(RunningSuite.tokenFor("oscar.officer")).queryParam("pnc", pnc).get("/api/v1/status")
                .then().statusCode(200).body("ppo", equalTo(false));
        // a coordinator of another scheme does not see Hastings' IOM cohort at all
        given().auth().oauth2(RunningSuite.tokenFor("sam.scoped")).get("/api/v1/schemes/{s}/iom-cohort",
                "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0002").then().statusCode(404);

        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("type", "IOM_EXIT", "iomCategory", "SHORT_SENTENCE", "reasonCode", "STOPPED_OR_REDUCED_OFFENDING",
                        "decidedOn", LocalDate.now().toString(), "rationale", "Settled tenancy, working, no offences since release",
                        "attendingAgencies", List.of("POLICE", "PROBATION")))
                .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(201)
                .body("previousIomCohort", equalTo("SHORT_SENTENCE")).body("resultingIomCohort", nullValue());
        given().auth().oauth2(coordinator).get("/api/v1/schemes/{s}/iom-cohort", HASTINGS).then().statusCode(200)
                .body("members.id", not(hasItem(id)));
        given().auth().oauth2(coordinator).get("/api/v1/offenders/{id}/decisions", id).then().statusCode(200)
                .body("type", equalTo(List.of("IOM_ENTER", "IOM_EXIT")));
    }
}
