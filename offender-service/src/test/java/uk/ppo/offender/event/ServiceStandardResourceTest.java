package uk.ppo.offender.event;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class ServiceStandardResourceTest {

    static final String BASE = "/api/v1/performance/service-standards";
    static final String CPS = partner("cps");
    static final String COURT = partner("court");
    static final String PRISON = partner("prison");
    static final String DPO = TestTokens.user("dora.dpo").roles("data-protection-officer").agency("police").token();

    @Inject
    ServiceStandards standards;

    static String partner(String agency) {
        return TestTokens.user("service-account-" + agency + "-system").client(agency + "-system")
                .roles("partner-system").agency(agency).token();
    }

    static void push(String token, String personId, String type, String occurred, String recorded) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceId", type + "-" + Fixtures.freshCode());
        body.put("type", type);
        body.put("occurredAt", occurred);
        body.put("recordedAt", recorded);
        if (type.equals("CUSTODY_SENTENCE")) {
            body.put("custodyMonths", 18);
            body.put("expectedReleaseOn", java.time.LocalDate.parse(occurred.substring(0, 10)).plusMonths(9).toString());
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/events", personId).then().statusCode(201);
    }

    static JsonPath report(String token) {
        return given().auth().oauth2(token).queryParam("from", "2025-03").queryParam("to", "2025-03")
                .get(BASE + "/report").then().statusCode(200).extract().jsonPath();
    }

    static String row(String scheme, String standard, String agency) {
        return "rows.find { it.scheme == '" + scheme + "' && it.standard == '" + standard + "' && it.agency == '" + agency + "' }";
    }

    @Test
    void aMonthOfEventsGivesEachStandardsComplianceAndEveryLateItemScopedAndAudited() {
        Fixtures.SchemeRef scheme = Fixtures.scheme();
        String a = Fixtures.adult(scheme.id());
        String b = Fixtures.adult(scheme.id());
        // case results: recorded by the CPS in 7 days, and in 9
        push(CPS, a, "COURT_RESULT", "2025-03-03T10:00:00Z", "2025-03-10T09:00:00Z");
        push(CPS, a, "COURT_RESULT", "2025-03-03T11:00:00Z", "2025-03-12T09:00:00Z");
        // sentence plans: in 4 days for A; none for B, still open
        push(COURT, a, "CUSTODY_SENTENCE", "2025-03-03T12:00:00Z", "2025-03-03T13:00:00Z");
        push(PRISON, a, "SENTENCE_PLAN", "2025-03-07T10:00:00Z", "2025-03-07T10:00:00Z");
        push(COURT, b, "CUSTODY_SENTENCE", "2025-03-10T12:00:00Z", "2025-03-10T13:00:00Z");
        // bail decisions: communicated in 23 hours, and in 26
        push(COURT, b, "BAIL_DECISION", "2025-03-04T10:00:00Z", "2025-03-05T09:00:00Z");
        push(COURT, b, "BAIL_DECISION", "2025-03-04T10:00:00Z", "2025-03-05T12:00:00Z");
        // FTA warrants: Thursday to Friday, and Friday to Tuesday (one working day late)
        push(COURT, b, "FTA_WARRANT", "2025-03-13T10:00:00Z", "2025-03-14T10:00:00Z");
        push(COURT, b, "FTA_WARRANT", "2025-03-14T10:00:00Z", "2025-03-18T10:00:00Z");

        String analyst = TestTokens.user("ann.analyst").roles("analyst").schemes(scheme.code()).token();
        JsonPath report = report(analyst);
        String s = scheme.code();
        for (String[] standard : new String[][] {{"CASE_RESULTS_RECORDED", "CPS"}, {"SENTENCE_PLAN", "PRISON"},
                {"BAIL_DECISIONS_COMMUNICATED", "COURT"}, {"FTA_WARRANTS_NOTIFIED", "COURT"}, {"EVENTS_RECORDED", "CPS"}}) {
            String r = row(s, standard[0], standard[1]);
            assertEquals("2025-03", report.getString(r + ".month"), standard[0]);
            assertEquals(2, report.getInt(r + ".due"), standard[0]);
            assertEquals(1, report.getInt(r + ".withinStandard"), standard[0]);
            assertEquals(1, report.getInt(r + ".late"), standard[0]);
            assertEquals(50.0f, report.getFloat(r + ".compliancePercent"), standard[0]);
        }
        assertEquals(6, report.getInt(row(s, "EVENTS_RECORDED", "COURT") + ".withinStandard"));
        assertEquals(5, report.getList("lateItems").size());
        String fta = "lateItems.find { it.standard == 'FTA_WARRANTS_NOTIFIED' }";
        assertEquals(b, report.getString(fta + ".personId"));
        assertEquals("2025-03-14T10:00:00Z", report.getString(fta + ".clockStart"));
        assertEquals("2025-03-18T10:00:00Z", report.getString(fta + ".clockStop"));
        assertEquals(Map.of("amount", 1, "unit", "WORKING_DAYS"), report.getMap(fta + ".limit"));
        assertEquals(Map.of("amount", 1, "unit", "WORKING_DAYS"), report.getMap(fta + ".lateBy"));
        assertEquals(Map.of("amount", 2, "unit", "HOURS"), report.getMap("lateItems.find { it.standard == 'BAIL_DECISIONS_COMMUNICATED' }.lateBy"));
        String plan = "lateItems.find { it.standard == 'SENTENCE_PLAN' }";
        assertEquals("CUSTODY_SENTENCE", report.getString(plan + ".event"));
        assertNull(report.get(plan + ".clockStop"), "still open: no sentence plan");
        assertEquals("2025-03-15T23:59:59.999999999Z", report.getString(plan + ".dueBy"));

        // each person in the late list is audited
        given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", a).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("PERFORMANCE_READ"));

        // the case-conference agenda's question: missed since a date
        Map<UUID, List<ServiceStandardRecords.LateItem>> since1 = standards.lateFor(Set.of(UUID.fromString(a), UUID.fromString(b)),
                Instant.parse("2025-03-01T00:00:00Z"));
        assertEquals(2, since1.get(UUID.fromString(a)).size());
        assertEquals(3, since1.get(UUID.fromString(b)).size());
        Map<UUID, List<ServiceStandardRecords.LateItem>> since15 = standards.lateFor(Set.of(UUID.fromString(a), UUID.fromString(b)),
                Instant.parse("2025-03-15T00:00:00Z"));
        assertEquals(Set.of(UUID.fromString(b)), since15.keySet());
        assertEquals(List.of("FTA_WARRANTS_NOTIFIED", "SENTENCE_PLAN"),
                since15.get(UUID.fromString(b)).stream().map(ServiceStandardRecords.LateItem::standard).sorted().toList());

        // another scheme's coordinator sees none of it
        JsonPath elsewhere = report(TestTokens.user("cora.coordinator").roles("coordinator").schemes("ELSEWHERE").token());
        assertEquals(List.of(), elsewhere.getList("rows.findAll { it.scheme == '" + s + "' }"));
        assertEquals(List.of(), elsewhere.getList("lateItems.findAll { it.scheme == '" + s + "' }"));

        // B restricted: still counted, listed only for the DPO and auditors
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("reason", "Accuracy contested by the subject"))
                .post("/api/v1/offenders/{id}/restriction", b).then().statusCode(200);
        JsonPath restricted = report(analyst);
        assertEquals(2, restricted.getInt(row(s, "FTA_WARRANTS_NOTIFIED", "COURT") + ".due"));
        assertEquals(Set.of(a), Set.copyOf(restricted.getList("lateItems.personId")));
        assertEquals(5, report(Fixtures.AUDITOR).getList("lateItems.findAll { it.scheme == '" + s + "' }").size());
    }

    @Test
    void theReportNamesBadMonthsAndIsForReportReadersOnly() {
        given().auth().oauth2(Fixtures.COORDINATOR).queryParam("from", "2025-13").queryParam("to", "2025-03")
                .get(BASE + "/report").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Fixtures.COORDINATOR).queryParam("from", "2025-04").queryParam("to", "2025-03")
                .get(BASE + "/report").then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Fixtures.COORDINATOR).queryParam("from", "2020-01")
                .get(BASE + "/report").then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(Fixtures.OFFICER).queryParam("from", "2025-03").queryParam("to", "2025-03")
                .get(BASE + "/report").then().statusCode(403);
        given().queryParam("from", "2025-03").queryParam("to", "2025-03").get(BASE + "/report").then().statusCode(401);
    }

    @Nested
    class Definitions {

        @Test
        void theFourCommitmentsAndTheRecordingStandardAreData() {
            given().auth().oauth2(Fixtures.COORDINATOR).get(BASE + "/definitions").then().statusCode(200)
                    .body("code", equalTo(List.of("BAIL_DECISIONS_COMMUNICATED", "CASE_RESULTS_RECORDED", "EVENTS_RECORDED",
                            "FTA_WARRANTS_NOTIFIED", "SENTENCE_PLAN")))
                    .body("find { it.code == 'SENTENCE_PLAN' }.startEvent", equalTo("CUSTODY_SENTENCE"))
                    .body("find { it.code == 'SENTENCE_PLAN' }.stopEvent", equalTo("SENTENCE_PLAN"))
                    .body("find { it.code == 'SENTENCE_PLAN' }.limit.amount", equalTo(5))
                    .body("find { it.code == 'BAIL_DECISIONS_COMMUNICATED' }.limit.unit", equalTo("HOURS"))
                    .body("find { it.code == 'FTA_WARRANTS_NOTIFIED' }.agency", equalTo("COURT"))
                    .body("find { it.code == 'CASE_RESULTS_RECORDED' }.agency", equalTo("CPS"));
        }

        @Test
        void anAdminRedefinesAStandardWithItsETagAndTheChangeIsAudited() {
            Instant before = Instant.now().minusSeconds(1);
            String etag = given().auth().oauth2(Fixtures.ADMIN).get(BASE + "/definitions/BAIL_DECISIONS_COMMUNICATED")
                    .then().statusCode(200).extract().header("ETag");
            Map<String, Object> body = new HashMap<>(Map.of("name", "Bail decisions on PPOs communicated within 24 hours",
                    "source", "003 7.12 HM Court Services", "agency", "COURT", "startEvent", "BAIL_DECISION",
                    "limit", Map.of("amount", 24, "unit", "HOURS")));
            String next = given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                    .put(BASE + "/definitions/BAIL_DECISIONS_COMMUNICATED").then().statusCode(200)
                    .body("source", equalTo("003 7.12 HM Court Services")).body("updatedBy", equalTo("ada.admin"))
                    .extract().header("ETag");
            given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                    .put(BASE + "/definitions/BAIL_DECISIONS_COMMUNICATED").then().statusCode(412)
                    .body("violations[0].field", equalTo("If-Match"));
            given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).header("If-Match", next).body(body)
                    .put(BASE + "/definitions/BAIL_DECISIONS_COMMUNICATED").then().statusCode(403);
            given().auth().oauth2(Fixtures.AUDITOR).queryParam("user", "ada.admin").queryParam("from", before.toString())
                    .get("/api/v1/audit").then().statusCode(200).body("items.action", hasItem("SERVICE_STANDARD_CHANGE"))
                    .body("items.detail", hasItem(org.hamcrest.Matchers.startsWith("BAIL_DECISIONS_COMMUNICATED version")));
        }

        @Test
        void badDefinitionsAreNamedAndUnknownCodesAre404() {
            Map<String, Object> body = new HashMap<>(Map.of("name", "x", "source", "y", "startEvent", "CUSTODY_SENTENCE",
                    "stopEvent", "SENTENCE_PLAN", "limit", Map.of("amount", 5, "unit", "CALENDAR_DAYS")));
            given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(body)
                    .put(BASE + "/definitions/SENTENCE_PLAN").then().statusCode(400).body("violations[0].field", equalTo("agency"));
            body.put("agency", "PRISON");
            body.put("limit", Map.of("amount", 0, "unit", "CALENDAR_DAYS"));
            given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(body)
                    .put(BASE + "/definitions/SENTENCE_PLAN").then().statusCode(400)
                    .body("violations[0].field", org.hamcrest.Matchers.endsWith("amount"));
            body.put("limit", Map.of("amount", 5, "unit", "FORTNIGHTS"));
            given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(body)
                    .put(BASE + "/definitions/SENTENCE_PLAN").then().statusCode(400);
            given().auth().oauth2(Fixtures.ADMIN).get(BASE + "/definitions/NO_SUCH").then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(Fixtures.COORDINATOR).get(BASE + "/definitions/SENTENCE_PLAN").then().statusCode(200)
                    .body("limit.amount", equalTo(5)).body("agency", equalTo("PRISON"));
        }
    }

    @Nested
    class BankHolidays {

        @Test
        void theCalendarHoldsTheSubstituteAndOneOffDays() {
            given().auth().oauth2(Fixtures.COORDINATOR).get(BASE + "/bank-holidays").then().statusCode(200)
                    .body("year", hasItems(2020, 2027))
                    .body("find { it.year == 2026 }.holidays.date", hasItems("2026-12-25", "2026-12-28"))
                    .body("find { it.year == 2022 }.holidays.date", hasItems("2022-06-03", "2022-09-19"))
                    .body("find { it.year == 2023 }.holidays", hasSize(9));
        }

        @Test
        void anAdminAddsAYearAndReplacesItWithItsETag() {
            int year = 2090 + (int) (System.nanoTime() % 9);
            Map<String, Object> body = Map.of("holidays", List.of(Map.of("date", year + "-01-01", "name", "New Year's Day")));
            given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).header("If-Match", "*").body(body)
                    .put(BASE + "/bank-holidays/{year}", year).then().statusCode(200);
            Instant before = Instant.now().minusSeconds(1);
            String etag = given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).header("If-Match", "*").body(body)
                    .put(BASE + "/bank-holidays/{year}", year).then().statusCode(200).extract().header("ETag");
            given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                    .put(BASE + "/bank-holidays/{year}", year).then().statusCode(412);
            given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("holidays", List.of(Map.of("date", (year - 1) + "-12-25", "name", "Christmas Day"))))
                    .put(BASE + "/bank-holidays/{year}", year).then().statusCode(400)
                    .body("violations[0].field", equalTo("holidays[0].date"));
            given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(body)
                    .put(BASE + "/bank-holidays/{year}", 1999).then().statusCode(400).body("violations[0].field", equalTo("year"));
            given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(body)
                    .put(BASE + "/bank-holidays/{year}", year).then().statusCode(403);
        }
    }
}
