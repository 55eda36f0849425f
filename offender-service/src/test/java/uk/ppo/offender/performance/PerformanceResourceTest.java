package uk.ppo.offender.performance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasSize;

/** NI 30 with a county's real figures: 366 proven offences in the baseline fell to 197 (−46%). */
@QuarkusTest
class PerformanceResourceTest {

    static final String PARTNER = TestTokens.user("service-account-police-system").roles("partner-system").agency("police").token();
    static final LocalDate SELECTED = LocalDate.of(2025, 10, 1);
    static final LocalDate FIXED_ON = LocalDate.of(2025, 10, 15);
    static final LocalDate BASELINE_FROM = LocalDate.of(2024, 10, 1);
    static final LocalDate BASELINE_TO = LocalDate.of(2025, 9, 30);
    static final LocalDate FOLLOW_UP_FROM = LocalDate.of(2025, 11, 1);
    static final LocalDate FOLLOW_UP_TO = LocalDate.of(2026, 10, 31);

    @Test
    void theCountysFiguresComeOutOfTheMeasurement() {
        var scheme = Fixtures.scheme();
        List<String> pncs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> person = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1985 + i % 10, 3, 1));
            String id = Fixtures.create(person);
            select(id, SELECTED);
            pncs.add((String) person.get("pncId"));
        }
        // someone deselected before the cohort was fixed: their offences do not count
        Map<String, Object> leaver = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1980, 1, 1));
        String leaverId = Fixtures.create(leaver);
        select(leaverId, LocalDate.of(2025, 6, 1));
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "DESELECT", "reasonCode", "MOVED_OUT_OF_AREA", "decidedOn", "2025-09-01",
                        "rationale", "Moved to Kent", "attendingAgencies", List.of("POLICE")))
                .post("/api/v1/offenders/{id}/decisions", leaverId).then().statusCode(201);

        String prefix = Fixtures.freshCode();
        List<Map<String, Object>> offences = new ArrayList<>();
        spread(offences, prefix + "-b", pncs, 366, BASELINE_FROM, 365, "CONVICTED");
        spread(offences, prefix + "-s", pncs, 40, BASELINE_FROM, 365, "SUSPECTED");
        spread(offences, prefix + "-g", pncs, 25, LocalDate.of(2025, 10, 2), 20, "CONVICTED");
        spread(offences, prefix + "-l", List.of((String) leaver.get("pncId")), 30, BASELINE_FROM, 300, "CONVICTED");
        int[] perQuarter = {60, 50, 47, 40};
        for (int q = 0; q < 4; q++) {
            spread(offences, prefix + "-f" + q, pncs, perQuarter[q], FOLLOW_UP_FROM.plusMonths(3L * q), 85,
                    q % 2 == 0 ? "CONVICTED" : "ADMITTED");
        }
        for (int from = 0; from < offences.size(); from += 1000) {
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON)
                    .body(offences.subList(from, Math.min(offences.size(), from + 1000)))
                    .post("/api/v1/offences/bulk").then().statusCode(200).body("rejected", equalTo(0));
        }

        Map<String, Object> cohort = new HashMap<>();
        cohort.put("name", "County PPO cohort 2025/26");
        cohort.put("schemeIds", List.of(scheme.id()));
        cohort.put("fixedOn", FIXED_ON.toString());
        cohort.put("baselineFrom", BASELINE_FROM.toString());
        cohort.put("baselineTo", BASELINE_TO.toString());
        cohort.put("followUpFrom", FOLLOW_UP_FROM.toString());
        cohort.put("followUpTo", FOLLOW_UP_TO.toString());
        cohort.put("targetReductionPercent", 20);
        cohort.put("stretchReductionPercent", 26);
        String id = given().auth().oauth2(TestTokens.forRole("analyst")).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(201)
                .body("members", equalTo(20)).extract().path("id");

        given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("asOf", "2026-11-23")
                .get("/api/v1/performance/cohorts/{id}", id).then().statusCode(200)
                .body("members", equalTo(20))
                .body("baselineOffences", equalTo(366))
                .body("followUpOffences", equalTo(197))
                .body("reductionPercent", equalTo(46.2f))
                .body("targetOffences", equalTo(293))
                .body("followUpEnded", equalTo(true))
                .body("targetMet", equalTo(true))
                .body("onTrack", nullValue())
                .body("stretchTargetOffences", equalTo(271))
                .body("stretchMet", equalTo(true))
                // every member selected 14 days before the cohort was fixed
                .body("averageMonthsOnScheme", equalTo(0.5f))
                .body("quarters.proRataTarget", equalTo(List.of(74, 145, 219, 293)))
                .body("quarters.onTrack", equalTo(List.of(true, true, true, true)))
                .body("quarters", hasSize(4))
                .body("quarters.offences", equalTo(List.of(60, 50, 47, 40)))
                .body("quarters.cumulative", equalTo(List.of(60, 110, 157, 197)));

        // part-way through the follow-up year: only the quarters begun so far
        given().auth().oauth2(Fixtures.COORDINATOR).queryParam("asOf", "2026-03-15")
                .get("/api/v1/performance/cohorts/{id}", id).then().statusCode(200)
                .body("quarters", hasSize(2))
                .body("quarters[1].complete", equalTo(false))
                // 135 of 365 days: 108 of the year's 293 allowed so far; met or not is not known yet
                .body("followUpEnded", equalTo(false))
                .body("proRataTargetOffences", equalTo(108))
                .body("onTrack", equalTo(true))
                .body("targetMet", nullValue())
                .body("stretchMet", nullValue())
                .body("quarters[0].proRataTarget", equalTo(74));
    }

    @Test
    void badWindowsAreNamedAndOfficersCannotMeasure() {
        var scheme = Fixtures.scheme();
        Map<String, Object> cohort = new HashMap<>();
        cohort.put("name", "Broken");
        cohort.put("schemeIds", List.of(scheme.id()));
        cohort.put("fixedOn", "2025-10-15");
        cohort.put("baselineFrom", "2025-09-30");
        cohort.put("baselineTo", "2024-10-01");
        cohort.put("followUpFrom", "2025-11-01");
        cohort.put("followUpTo", "2026-10-31");
        cohort.put("targetReductionPercent", 20);
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(400).body("violations[0].field", equalTo("baselineFrom"));
        cohort.put("baselineFrom", "2024-10-01");
        cohort.put("baselineTo", "2025-09-30");
        cohort.put("targetReductionPercent", 120);
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(400).body("violations[0].field", equalTo("targetReductionPercent"));
        cohort.put("targetReductionPercent", 20);
        cohort.put("stretchReductionPercent", 20);
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(400).body("violations[0].field", equalTo("stretchReductionPercent"));
        cohort.remove("stretchReductionPercent");
        cohort.put("fixedOn", LocalDate.now().plusDays(1).toString());
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(400).body("violations[0].field", equalTo("fixedOn"));
        given().auth().oauth2(Fixtures.OFFICER).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(403);
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/performance/cohorts/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404);
    }

    static void select(String personId, LocalDate on) {
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "decidedOn", on.toString(),
                        "rationale", "Prolific", "attendingAgencies", List.of("POLICE", "PROBATION")))
                .post("/api/v1/offenders/{id}/decisions", personId).then().statusCode(201);
    }

    /** {@code count} offences spread over the people and over {@code days} days from {@code from}. */
    static void spread(List<Map<String, Object>> into, String prefix, List<String> pncs, int count, LocalDate from, int days, String status) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> o = new HashMap<>();
            o.put("pncId", pncs.get(i % pncs.size()));
            o.put("sourceId", prefix + "-" + i);
            o.put("category", "BURGLARY_DWELLING");
            o.put("status", status);
            o.put("offenceDate", from.plusDays((long) i * days / count).toString());
            into.add(o);
        }
    }
}
