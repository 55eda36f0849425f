package uk.ppo.offender.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;
import uk.ppo.offender.event.EventType;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events for partners: written with the change they report, read by the partners of the person's scheme. */
@QuarkusTest
class OutboxTest {

    static final Instant OCCURRED = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    AgroalDataSource db;
    @Inject
    Outbox outbox;

    static String partnerOf(String schemeCode) {
        return TestTokens.user("service-account-probation-system").client("probation-system").roles("partner-system")
                .agency("probation").schemes(schemeCode).token();
    }

    static Map<String, Object> decision(String type, String strand, String reason) {
        return Fixtures.decision(type, strand, reason, LocalDate.now());
    }

    static io.restassured.response.ValidatableResponse decide(String personId, Map<String, Object> body) {
        return given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/decisions", personId).then();
    }

    static io.restassured.response.ValidatableResponse push(String personId, String sourceId, String type, Integer custodyMonths) {
        return push(personId, sourceId, type, custodyMonths, OCCURRED);
    }

    static io.restassured.response.ValidatableResponse push(String personId, String sourceId, String type, Integer custodyMonths,
                                                            Instant occurred) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceId", sourceId);
        body.put("type", type);
        body.put("occurredAt", occurred.toString());
        body.put("detail", "Sentenced at Lewes Crown Court, HMP Lewes");
        if (custodyMonths != null) {
            body.put("custodyMonths", custodyMonths);
        }
        if (type.equals("CUSTODY_SENTENCE") || type.equals("RECALL")) {
            body.put("expectedReleaseOn", LocalDate.ofInstant(occurred, java.time.ZoneOffset.UTC).plusMonths(6).toString());
        }
        if (type.equals("TRANSFER")) {
            body.put("prison", "HMP Highpoint");
        }
        return given().auth().oauth2(partnerOf("*")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/events", personId).then();
    }

    /** Every event the token may read, from the start, following the cursor. */
    static List<Map<String, Object>> readAll(String token) {
        List<Map<String, Object>> all = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonPath page = given().auth().oauth2(token).queryParam("after", after).queryParam("limit", 500)
                    .get("/api/v1/outbox/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                assertEquals(after, page.getLong("next"));
                return all;
            }
            all.addAll(items);
            after = page.getLong("next");
        }
    }

    static List<Map<String, Object>> about(String personId, String token) {
        return readAll(token).stream().filter(e -> personId.equals(e.get("subject"))).toList();
    }

    long rowsAbout(String personId) throws SQLException {
        return Fixtures.outboxRowsAbout(db, personId);
    }

    String storedDataAbout(String personId) throws SQLException {
        return Fixtures.queryAbout(db, "SELECT string_agg(data::text, ' ') FROM outbox_event WHERE subject = ?", personId);
    }

    @Nested
    class Decisions {

        @Test
        void aDecisionWritesExactlyOneEventWithTheCloudEventsFieldsAndLeastData() throws SQLException {
            Fixtures.SchemeRef scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            String decisionId = decide(id, decision("SELECT", "CATCH_CONVICT", null)).statusCode(201).extract().path("id");

            assertEquals(1, rowsAbout(id));
            List<Map<String, Object>> events = about(id, partnerOf(scheme.code()));
            assertEquals(1, events.size(), events.toString());
            Map<String, Object> event = events.get(0);
            assertNotNull(UUID.fromString((String) event.get("id")));
            assertEquals("/ppo/offender-service/schemes/" + scheme.code(), event.get("source"));
            assertEquals("1.0", event.get("specversion"));
            assertEquals("uk.ppo.offender.decision.recorded.v1", event.get("type"));
            assertEquals(id, event.get("subject"));
            assertTrue(Instant.parse((String) event.get("time")).isAfter(Instant.now().minus(5, ChronoUnit.MINUTES)));
            assertEquals("application/json", event.get("datacontenttype"));
            assertEquals(Map.of("schemeCode", scheme.code(), "personId", id, "decisionId", decisionId,
                    "decisionType", "SELECT", "decidedOn", LocalDate.now().toString(), "previousStatus", "CANDIDATE",
                    "resultingStatus", "ACTIVE", "resultingStrand", "CATCH_CONVICT", "resultingIomCohort", "PPO",
                    "resultingMappaManaged", false), event.get("data"));
            // no free text, names or who attended, even in the stored row
            String stored = storedDataAbout(id);
            assertFalse(stored.contains("Panel agreed"), stored);
            assertFalse(stored.contains("Smith"), stored);
            assertFalse(stored.contains("POLICE") || stored.contains("council"), stored);
        }

        @Test
        void everyStatusAndStrandChangeAppearsWithItsFromAndTo() {
            Fixtures.SchemeRef scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            decide(id, decision("SELECT", "CATCH_CONVICT", null)).statusCode(201);
            decide(id, decision("MOVE", "REHABILITATE_RESETTLE", "WORKING")).statusCode(201);
            decide(id, decision("AMBER", null, "CUSTODY_OVER_2_YEARS")).statusCode(201);

            List<Map<String, Object>> events = about(id, partnerOf(scheme.code()));
            assertEquals(List.of("SELECT", "MOVE", "AMBER"), events.stream().map(e -> data(e).get("decisionType")).toList());
            Map<String, Object> move = data(events.get(1));
            assertEquals(List.of("ACTIVE", "CATCH_CONVICT", "ACTIVE", "REHABILITATE_RESETTLE", "WORKING"),
                    List.of(move.get("previousStatus"), move.get("previousStrand"), move.get("resultingStatus"),
                            move.get("resultingStrand"), move.get("reasonCode")));
            Map<String, Object> amber = data(events.get(2));
            assertEquals(List.of("ACTIVE", "AMBER", "CUSTODY_OVER_2_YEARS"),
                    List.of(amber.get("previousStatus"), amber.get("resultingStatus"), amber.get("reasonCode")));
            assertTrue(((Number) events.get(0).get("sequence")).longValue() < ((Number) events.get(2).get("sequence")).longValue());
        }

        @Test
        void aDecisionThePanelRulesRefuseOrAStaleVersionWritesNothing() throws SQLException {
            String id = Fixtures.adult(Fixtures.scheme().id());
            decide(id, decision("AMBER", null, "CUSTODY_OVER_2_YEARS")).statusCode(409);
            given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                    .body(decision("SELECT", "CATCH_CONVICT", null))
                    .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(412);
            assertEquals(0, rowsAbout(id));
        }

        @Test
        void anEventWrittenInATransactionThatRollsBackIsNotKept() throws SQLException {
            String id = Fixtures.adult(Fixtures.scheme().id());
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.partnerEventRecorded("HASTINGS", UUID.fromString(id), UUID.randomUUID(), EventType.RELEASE,
                        Instant.now(), null, null);
                throw new IllegalStateException("refused after the event was written");
            }));
            assertEquals(0, rowsAbout(id));
        }
    }

    @Nested
    class PartnerEvents {

        @Test
        void aCustodySentenceWritesOneEventARetryNoneAndACorrectionAnother() throws SQLException {
            Fixtures.SchemeRef scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            String sourceId = "SENT-" + Fixtures.freshCode();
            String eventId = push(id, sourceId, "CUSTODY_SENTENCE", 30).statusCode(201).extract().path("id");
            assertEquals(1, rowsAbout(id));
            push(id, sourceId, "CUSTODY_SENTENCE", 30).statusCode(200);
            assertEquals(1, rowsAbout(id));
            push(id, sourceId, "CUSTODY_SENTENCE", 36).statusCode(200);

            List<Map<String, Object>> events = about(id, partnerOf(scheme.code()));
            assertEquals(List.of("uk.ppo.offender.custody.sentenced.v1", "uk.ppo.offender.custody.sentenced.v1"),
                    events.stream().map(e -> e.get("type")).toList());
            Map<String, Object> data = data(events.get(1));
            assertEquals(eventId, data.get("eventId"));
            assertEquals("CUSTODY_SENTENCE", data.get("eventType"));
            assertEquals(36, data.get("custodyMonths"));
            assertEquals(scheme.code(), data.get("schemeCode"));
            assertEquals(id, data.get("personId"));
            assertNotNull(Instant.parse((String) data.get("occurredAt")));
            assertFalse(storedDataAbout(id).contains("Lewes"), "the event's detail is not sent");
            assertFalse(storedDataAbout(id).contains(sourceId), "the partner's reference is not sent");
        }

        @Test
        void releaseRecallAndTransferAreWrittenAndOtherEventsAreNot() throws SQLException {
            Fixtures.SchemeRef scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            push(id, "ARR-" + Fixtures.freshCode(), "ARREST", null).statusCode(201);
            push(id, "BR-" + Fixtures.freshCode(), "BREACH", null).statusCode(201);
            assertEquals(0, rowsAbout(id));
            push(id, "SEN-" + Fixtures.freshCode(), "CUSTODY_SENTENCE", 6, OCCURRED.minus(40, ChronoUnit.HOURS)).statusCode(201);
            push(id, "REL-" + Fixtures.freshCode(), "RELEASE", null, OCCURRED.minus(30, ChronoUnit.HOURS)).statusCode(201);
            push(id, "REC-" + Fixtures.freshCode(), "RECALL", null, OCCURRED.minus(20, ChronoUnit.HOURS)).statusCode(201);
            push(id, "TR-" + Fixtures.freshCode(), "TRANSFER", null).statusCode(201);
            assertEquals(List.of("uk.ppo.offender.custody.sentenced.v1", "uk.ppo.offender.custody.released.v1",
                            "uk.ppo.offender.custody.recalled.v1", "uk.ppo.offender.custody.transferred.v1"),
                    about(id, partnerOf(scheme.code())).stream().map(e -> e.get("type")).toList());
        }

        @Test
        void theCustodyKindsAreTheOnlyPartnerEventsWritten() {
            for (EventType type : EventType.values()) {
                boolean custody = type == EventType.CUSTODY_SENTENCE || type == EventType.RELEASE
                        || type == EventType.RECALL || type == EventType.TRANSFER;
                assertEquals(custody, OutboxEventType.of(type).isPresent(), type.name());
            }
        }
    }

    @Nested
    class Reading {

        @Test
        void aPartnerReadsItsSchemesEventsOnlyAndTheReadIsAuditedPerPerson() {
            Fixtures.SchemeRef mine = Fixtures.scheme();
            Fixtures.SchemeRef other = Fixtures.scheme();
            String member = Fixtures.adult(mine.id());
            String elsewhere = Fixtures.adult(other.id());
            decide(member, decision("SELECT", "CATCH_CONVICT", null)).statusCode(201);
            decide(elsewhere, decision("SELECT", "CATCH_CONVICT", null)).statusCode(201);

            List<Map<String, Object>> seen = readAll(partnerOf(mine.code()));
            assertEquals(List.of(member), seen.stream().map(e -> e.get("subject")).distinct().toList());
            assertEquals(1, about(elsewhere, partnerOf("*")).size());
            given().auth().oauth2(TestTokens.user("no-scope").roles("partner-system").agency("police").noSchemes().token())
                    .get("/api/v1/outbox/events").then().statusCode(200).body("items", hasSize(0)).body("next", equalTo(0));

            given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", member).get("/api/v1/audit").then().statusCode(200)
                    .body("items.action", hasItem("OUTBOX_READ"))
                    .body("items.user", hasItem("service-account-probation-system"));
        }

        @Test
        void theCursorPagesInSequenceOrder() {
            Fixtures.SchemeRef scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            decide(id, decision("SELECT", "CATCH_CONVICT", null)).statusCode(201);
            decide(id, decision("MOVE", "REHABILITATE_RESETTLE", "WORKING")).statusCode(201);
            String token = partnerOf(scheme.code());
            JsonPath first = given().auth().oauth2(token).queryParam("limit", 1).get("/api/v1/outbox/events")
                    .then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
            assertEquals("SELECT", first.getString("items[0].data.decisionType"));
            assertEquals(first.getLong("items[0].sequence"), first.getLong("next"));
            given().auth().oauth2(token).queryParam("after", first.getLong("next")).get("/api/v1/outbox/events")
                    .then().statusCode(200).body("items", hasSize(1)).body("items[0].data.decisionType", equalTo("MOVE"));
        }

        @Test
        void aRestrictedPersonsEventsAreForAuditorsOnly() {
            Fixtures.SchemeRef scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            decide(id, decision("SELECT", "CATCH_CONVICT", null)).statusCode(201);
            given().auth().oauth2(TestTokens.forRole("data-protection-officer")).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Accuracy contested by the data subject"))
                    .post("/api/v1/offenders/{id}/restriction", id).then().statusCode(200);
            assertEquals(0, about(id, partnerOf(scheme.code())).size());
            assertEquals(0, about(id, Fixtures.ADMIN).size());
            assertEquals(1, about(id, Fixtures.AUDITOR).size());
        }

        @Test
        void badCursorsAndLimitsAreNamedAndOtherRolesRefused() {
            given().auth().oauth2(Fixtures.ADMIN).queryParam("after", -1).get("/api/v1/outbox/events").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("after"));
            given().auth().oauth2(Fixtures.ADMIN).queryParam("limit", 0).get("/api/v1/outbox/events").then().statusCode(400)
                    .body("violations[0].field", equalTo("limit"));
            given().auth().oauth2(Fixtures.ADMIN).queryParam("limit", 501).get("/api/v1/outbox/events").then().statusCode(400)
                    .body("violations[0].field", equalTo("limit"));
            // JAX-RS answers a query parameter it cannot read as a number 404, as everywhere in the suite: a problem, never a 5xx
            given().auth().oauth2(Fixtures.ADMIN).queryParam("after", "x").get("/api/v1/outbox/events").then()
                    .statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500))).contentType("application/problem+json");
            for (String role : List.of("coordinator", "offender-manager", "officer", "analyst", "data-protection-officer")) {
                given().auth().oauth2(TestTokens.forRole(role)).get("/api/v1/outbox/events").then().statusCode(403);
            }
            given().get("/api/v1/outbox/events").then().statusCode(401);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(Map<String, Object> event) {
        return (Map<String, Object>) event.get("data");
    }
}
