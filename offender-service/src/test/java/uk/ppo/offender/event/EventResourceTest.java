package uk.ppo.offender.event;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;
import uk.ppo.offender.cohort.AmberListTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class EventResourceTest {

    static final String PARTNER = TestTokens.user("service-account-probation-system").client("probation-system")
            .roles("partner-system").agency("probation").token();
    static final String COURT = TestTokens.user("service-account-court-system").client("court-system")
            .roles("partner-system").agency("court").token();

    static Map<String, Object> event(String sourceId, String type, Instant occurred, Instant recorded) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceSystem", "probation-system");
        body.put("sourceId", sourceId);
        body.put("type", type);
        body.put("occurredAt", occurred.toString());
        if (recorded != null) {
            body.put("recordedAt", recorded.toString());
        }
        body.put("sourceAgency", "PROBATION");
        return body;
    }

    @Test
    void custodialSentencesProposeTheAmberListOrRemovalByStrandAndTheSameIdUpdates() {
        String id = Fixtures.adult(Fixtures.scheme().id());
        AmberListTest.decide(id, "SELECT", "CATCH_CONVICT", null, LocalDate.now().minusDays(40)).statusCode(201);
        Instant sentenced = Instant.now().minus(3, ChronoUnit.DAYS);
        String sourceId = "SENT-" + Fixtures.freshCode();
        Map<String, Object> sentence = event(sourceId, "CUSTODY_SENTENCE", sentenced, null);
        sentence.put("custodyMonths", 18);
        sentence.put("expectedReleaseOn", LocalDate.now().plusMonths(9).toString());
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(sentence)
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(201).body("proposal", nullValue());
        sentence.put("custodyMonths", 30);
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(sentence)
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(200).body("proposal", equalTo("AMBER_LIST"));
        Map<String, Object> longer = event("SENT2-" + Fixtures.freshCode(), "CUSTODY_SENTENCE", sentenced, null);
        longer.put("custodyMonths", 144);
        longer.put("expectedReleaseOn", LocalDate.now().plusYears(6).toString());
        longer.put("prison", "HMP Belmarsh");
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(longer)
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(201).body("proposal", equalTo("REMOVE_IN_FULL"));
        given().auth().oauth2(Fixtures.COORDINATOR).queryParam("type", "CUSTODY_SENTENCE").get("/api/v1/offenders/{id}/events", id)
                .then().statusCode(200).body("", hasSize(2)).body("custodyMonths", equalTo(List.of(30, 144)))
                .body("proposal", equalTo(List.of("AMBER_LIST", "REMOVE_IN_FULL")))
                .body("[1].prison", equalTo("HMP Belmarsh"));
    }

    @Test
    void badEventsAreNamed() {
        String id = Fixtures.adult(Fixtures.scheme().id());
        Instant now = Instant.now();
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(event("E1", "ARREST", now.plus(1, ChronoUnit.DAYS), null))
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(400).body("violations[0].field", equalTo("occurredAt"));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(event("E2", "ARREST", now.minusSeconds(60), now.minusSeconds(3600)))
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(400).body("violations[0].field", equalTo("recordedAt"));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(event("E3", "CUSTODY_SENTENCE", now.minusSeconds(60), null))
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(400).body("violations[0].field", equalTo("custodyMonths"));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(event("E4", "INTELLIGENCE", now.minusSeconds(60), null))
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(400).body("violations[0].field", equalTo("grading"));
        given().auth().oauth2(Fixtures.OFFICER).contentType(ContentType.JSON).body(event("E5", "ARREST", now.minusSeconds(60), null))
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(403);
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}/events", id).then().body("", hasSize(0));
    }

    @Test
    void anEventIsRecordedUnderTheTokensSystemAndAgencyAndAnotherPartnersRecordCannotBeOverwritten() {
        String id = Fixtures.adult(Fixtures.scheme().id());
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS);
        String sourceId = "ARR-" + Fixtures.freshCode();
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(event(sourceId, "ARREST", at, null))
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(201);
        Map<String, Object> forged = event(sourceId, "RELEASE", at, null);
        given().auth().oauth2(COURT).contentType(ContentType.JSON).body(forged)
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(409)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sourceSystem"));
        forged.remove("sourceSystem");
        given().auth().oauth2(COURT).contentType(ContentType.JSON).body(forged)
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(409).body("violations[0].field", equalTo("sourceAgency"));
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}/events", id).then().statusCode(200)
                .body("", hasSize(1)).body("[0].type", equalTo("ARREST"))
                .body("[0].sourceSystem", equalTo("probation-system")).body("[0].sourceAgency", equalTo("PROBATION"));
    }

    @Test
    void theServiceStandardReportCountsEventsRecordedWithinSevenDays() {
        String id = Fixtures.adult(Fixtures.scheme().id());
        YearMonth month = YearMonth.of(2024, 2);
        Instant recorded = month.atDay(20).atStartOfDay().toInstant(ZoneOffset.UTC);
        String prefix = Fixtures.freshCode();
        Object[][] lags = {{"a", 2}, {"b", 7}, {"c", 8}, {"d", 30}};
        for (Object[] lag : lags) {
            Map<String, Object> body = event(prefix + lag[0], "COURT_RESULT", recorded.minus((Integer) lag[1], ChronoUnit.DAYS), recorded);
            body.remove("sourceSystem");
            body.remove("sourceAgency");
            given().auth().oauth2(COURT).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/offenders/{id}/events", id).then().statusCode(201);
        }
        given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("from", "2024-02").queryParam("to", "2024-02")
                .get("/api/v1/performance/service-standards").then().statusCode(200)
                .body("find { it.agency == 'COURT' }.events", equalTo(4))
                .body("find { it.agency == 'COURT' }.withinStandard", equalTo(2))
                .body("find { it.agency == 'COURT' }.compliancePercent", equalTo(50.0f));
        // counted only for people of the caller's schemes
        given().auth().oauth2(TestTokens.user("ann.analyst").roles("analyst").schemes("ELSEWHERE").token())
                .queryParam("from", "2024-02").queryParam("to", "2024-02")
                .get("/api/v1/performance/service-standards").then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(TestTokens.user("ann.analyst").roles("analyst").noSchemes().token())
                .queryParam("from", "2024-02").queryParam("to", "2024-02")
                .get("/api/v1/performance/service-standards").then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("from", "2024-13").queryParam("to", "2024-02")
                .get("/api/v1/performance/service-standards").then().statusCode(400).body("violations[0].field", equalTo("from"));
    }
}
