package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The premium service measured (003 section 7), through the gateway with real Keycloak tokens: a month of
 * events from the court, the CPS and the prison about two people of a new scheme gives the four standards'
 * compliance and their late items, which another scheme's coordinator does not see.
 */
@ExtendWith(RunningSuite.class)
class ServiceStandardsIT {

    static final String BASE = "/api/v1/performance/service-standards";

    @Test
    void aMonthOfEventsGivesTheFourComplianceFiguresAndTheLateItemsToTheSchemeAlone() {
        String admin = RunningSuite.tokenFor("ada.admin");
        String code = "SS" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
        String scheme = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", code + " PPO Scheme", "district", "Thurrock", "county", "Essex"))
                .post("/api/v1/schemes").then().statusCode(201).extract().path("id");
        String suffix = code.toLowerCase();
        String court = KeycloakAdmin.userToken("ss.court." + suffix, "coordinator", "court", List.of(code));
        String cps = KeycloakAdmin.userToken("ss.cps." + suffix, "coordinator", "cps", List.of(code));
        String prison = KeycloakAdmin.userToken("ss.prison." + suffix, "coordinator", "prison", List.of(code));
        String a = person(court, scheme, "Connor");
        String b = person(court, scheme, "Kyle");

        // case results recorded on JTrack in 7 days, and in 9 (003 7.1)
        push(cps, a, "COURT_RESULT", "2026-03-02T10:00:00Z", "2026-03-09T09:00:00Z");
        push(cps, a, "COURT_RESULT", "2026-03-02T11:00:00Z", "2026-03-11T09:00:00Z");
        // a sentence plan 4 days after sentence; none after B's sentence (003 7.5)
        push(court, a, "CUSTODY_SENTENCE", "2026-03-02T12:00:00Z", "2026-03-02T13:00:00Z");
        push(prison, a, "SENTENCE_PLAN", "2026-03-06T10:00:00Z", "2026-03-06T10:00:00Z");
        push(court, b, "CUSTODY_SENTENCE", "2026-03-09T12:00:00Z", "2026-03-09T13:00:00Z");
        // bail decisions communicated in 23 hours, and in 26 (003 7.12)
        push(court, b, "BAIL_DECISION", "2026-03-03T10:00:00Z", "2026-03-04T09:00:00Z");
        push(court, b, "BAIL_DECISION", "2026-03-03T10:00:00Z", "2026-03-04T12:00:00Z");
        // FTA warrants notified to police Thursday to Friday, and Friday to Tuesday (003 7.12)
        push(court, b, "FTA_WARRANT", "2026-03-12T10:00:00Z", "2026-03-13T10:00:00Z");
        push(court, b, "FTA_WARRANT", "2026-03-13T10:00:00Z", "2026-03-17T10:00:00Z");

        JsonPath report = report(RunningSuite.tokenFor("ann.analyst"));
        for (String[] standard : new String[][] {{"CASE_RESULTS_RECORDED", "CPS"}, {"SENTENCE_PLAN", "PRISON"},
                {"BAIL_DECISIONS_COMMUNICATED", "COURT"}, {"FTA_WARRANTS_NOTIFIED", "COURT"}}) {
            String row = "rows.find { it.scheme == '" + code + "' && it.standard == '" + standard[0] + "' }";
            assertEquals(standard[1], report.getString(row + ".agency"), standard[0]);
            assertEquals("2026-03", report.getString(row + ".month"), standard[0]);
            assertEquals(List.of(2, 1, 1), List.of(report.getInt(row + ".due"), report.getInt(row + ".withinStandard"),
                    report.getInt(row + ".late")), standard[0]);
            assertEquals(50.0f, report.getFloat(row + ".compliancePercent"), standard[0]);
        }
        String late = "lateItems.findAll { it.scheme == '" + code + "' }";
        assertEquals(5, report.getList(late).size(), "four standards' late items and the 9-day recording");
        String fta = "lateItems.find { it.scheme == '" + code + "' && it.standard == 'FTA_WARRANTS_NOTIFIED' }";
        assertEquals(b, report.getString(fta + ".personId"));
        assertEquals(Map.of("amount", 1, "unit", "WORKING_DAYS"), report.getMap(fta + ".lateBy"));
        String plan = "lateItems.find { it.scheme == '" + code + "' && it.standard == 'SENTENCE_PLAN' }";
        assertEquals(b, report.getString(plan + ".personId"));
        assertNull(report.get(plan + ".clockStop"), "no sentence plan yet: late at the report date");
        assertEquals(a, report.getString("lateItems.find { it.scheme == '" + code + "' && it.standard == 'CASE_RESULTS_RECORDED' }.personId"));

        // the scheme's own coordinator sees the same; another scheme's coordinator sees none of it
        String own = KeycloakAdmin.userToken("ss.coordinator." + suffix, "coordinator", "police", List.of(code));
        assertEquals(5, report(own).getList("lateItems").size());
        JsonPath other = report(RunningSuite.tokenFor("sam.scoped"));
        assertEquals(List.of(), other.getList("rows.findAll { it.scheme == '" + code + "' }"));
        assertTrue(other.getList("lateItems.personId").stream().noneMatch(id -> id.equals(a) || id.equals(b)));

        // each person of the late list is in the audit trail
        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).queryParam("personId", b).get("/api/v1/audit")
                .then().statusCode(200).body("items.action", org.hamcrest.Matchers.hasItem("PERFORMANCE_READ"));
    }

    @Test
    void theSampleDataHasLateItemsOfEveryStandardInEverySchemeLastMonth() {
        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1).toString();
        JsonPath report = given().auth().oauth2(RunningSuite.tokenFor("ann.analyst")).queryParam("from", month)
                .queryParam("to", month).get(BASE + "/report").then().statusCode(200).extract().jsonPath();
        for (String scheme : List.of("HASTINGS", "EASTBOURNE", "THURROCK")) {
            for (String standard : List.of("CASE_RESULTS_RECORDED", "SENTENCE_PLAN", "BAIL_DECISIONS_COMMUNICATED", "FTA_WARRANTS_NOTIFIED")) {
                String row = "rows.find { it.scheme == '" + scheme + "' && it.standard == '" + standard + "' }";
                assertTrue(report.getInt(row + ".late") >= 1 && report.getInt(row + ".withinStandard") >= 1, scheme + " " + standard);
            }
        }
    }

    static JsonPath report(String token) {
        return given().auth().oauth2(token).queryParam("from", "2026-03").queryParam("to", "2026-03")
                .get(BASE + "/report").then().statusCode(200).extract().jsonPath();
    }

    static String person(String token, String scheme, String firstName) {
        String pnc = "2016/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "S";
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("pncId", pnc, "firstName", firstName, "lastName", "Standard", "dateOfBirth", "1988-02-02",
                        "gender", "MALE", "ethnicity", "WHITE", "schemeId", scheme))
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
    }

    static void push(String token, String person, String type, String occurred, String recorded) {
        Map<String, Object> body = new HashMap<>(Map.of("sourceId", type + "-" + UUID.randomUUID(), "type", type,
                "occurredAt", occurred, "recordedAt", recorded));
        if (type.equals("CUSTODY_SENTENCE")) {
            body.put("custodyMonths", 18);
            body.put("expectedReleaseOn", java.time.LocalDate.parse(occurred.substring(0, 10)).plusMonths(9).toString());
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/events", person).then().statusCode(201);
    }
}
