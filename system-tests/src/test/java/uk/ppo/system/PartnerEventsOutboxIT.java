package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events for partners through the gateway with real Keycloak tokens: a panel decision and a custody sentence are in
 * the outbox for the partner system of the person's scheme, and not for a partner system of other schemes.
 */
@ExtendWith(RunningSuite.class)
class PartnerEventsOutboxIT {

    static final String THURROCK = "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0003";

    @Test
    void aDecisionAndACustodySentenceReachThePartnerOfTheSchemeAndNoOtherScheme() {
        String cora = RunningSuite.tokenFor("cora.coordinator");
        // the police system covers HASTINGS and EASTBOURNE; the probation system every scheme
        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        String probation = RunningSuite.clientToken("probation-system", "probation-system-local-secret");

        String hastings = person(cora, PpoJourneyIT.HASTINGS);
        String thurrock = person(cora, THURROCK);
        for (String id : List.of(hastings, thurrock)) {
            given().auth().oauth2(cora).contentType(ContentType.JSON)
                    .body(Map.of("type", "SELECT", "listedFor", "PROLIFIC", "strand", "CATCH_CONVICT", "decidedOn", LocalDate.now().toString(),
                            "rationale", "Matrix score and partner evidence", "attendingAgencies", List.of("POLICE", "PROBATION")))
                    .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(201);
            // "a custodial sentence greater than 2 years": held on the amber list until review prior to release (003, section 6)
            given().auth().oauth2(probation).contentType(ContentType.JSON)
                    .body(Map.of("sourceId", "SENT-" + id, "type", "CUSTODY_SENTENCE", "custodyMonths", 36,
                            "expectedReleaseOn", java.time.LocalDate.now().plusMonths(18).toString(),
                            "occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                            "detail", "Lewes Crown Court"))
                    .post("/api/v1/offenders/{id}/events", id).then().statusCode(201);
            // an arrest is not sent to partners
            given().auth().oauth2(probation).contentType(ContentType.JSON)
                    .body(Map.of("sourceId", "ARR-" + id, "type", "ARREST",
                            "occurredAt", Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()))
                    .post("/api/v1/offenders/{id}/events", id).then().statusCode(201);
        }

        List<Map<String, Object>> policeSees = readAll(police);
        assertEquals(List.of("uk.ppo.offender.decision.recorded.v1", "uk.ppo.offender.custody.sentenced.v1"),
                typesAbout(policeSees, hastings));
        assertEquals(List.of(), typesAbout(policeSees, thurrock), "the THURROCK person's events are not the police system's");
        assertTrue(policeSees.stream().allMatch(e -> List.of("/ppo/offender-service/schemes/HASTINGS",
                "/ppo/offender-service/schemes/EASTBOURNE").contains(e.get("source"))), "only its schemes' events");

        List<Map<String, Object>> probationSees = readAll(probation);
        assertEquals(List.of("uk.ppo.offender.decision.recorded.v1", "uk.ppo.offender.custody.sentenced.v1"),
                typesAbout(probationSees, thurrock));
        Map<String, Object> sentence = probationSees.stream()
                .filter(e -> thurrock.equals(e.get("subject")) && "uk.ppo.offender.custody.sentenced.v1".equals(e.get("type")))
                .findFirst().orElseThrow();
        assertEquals("1.0", sentence.get("specversion"));
        assertEquals("application/json", sentence.get("datacontenttype"));
        assertEquals("/ppo/offender-service/schemes/THURROCK", sentence.get("source"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) sentence.get("data");
        assertEquals("THURROCK", data.get("schemeCode"));
        assertEquals("CUSTODY_SENTENCE", data.get("eventType"));
        assertEquals(36, data.get("custodyMonths"));
        assertTrue(!sentence.toString().contains("Lewes"), "no event detail is sent: " + sentence);

        // the read is audited per person, naming the partner system
        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).queryParam("personId", hastings).queryParam("size", 500)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("OUTBOX_READ"))
                .body("items.user", hasItem("service-account-police-system"));
        // roles with no business in partners' feeds are refused
        given().auth().oauth2(cora).get("/api/v1/outbox/events").then().statusCode(403);
        given().auth().oauth2(RunningSuite.tokenFor("oscar.officer")).get("/api/v1/outbox/events").then().statusCode(403);
    }

    static String person(String token, String schemeId) {
        String pnc = "2017/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "X";
        Map<String, Object> body = new HashMap<>(Map.of("pncId", pnc, "firstName", "Owen", "lastName", "Outbox",
                "dateOfBirth", "1988-03-14", "gender", "MALE", "ethnicity", "WHITE", "schemeId", schemeId));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/offenders")
                .then().statusCode(201).extract().path("id");
    }

    /** Every event the token may read, following the cursor from the start. */
    private static List<Map<String, Object>> readAll(String token) {
        List<Map<String, Object>> all = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonPath page = given().auth().oauth2(token).queryParam("after", after).queryParam("limit", 500)
                    .get("/api/v1/outbox/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return all;
            }
            all.addAll(items);
            after = page.getLong("next");
        }
    }

    private static List<Object> typesAbout(List<Map<String, Object>> events, String personId) {
        return events.stream().filter(e -> personId.equals(e.get("subject"))).map(e -> e.get("type")).toList();
    }
}
