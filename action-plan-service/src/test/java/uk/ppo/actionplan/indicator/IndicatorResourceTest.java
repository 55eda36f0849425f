package uk.ppo.actionplan.indicator;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.actionplan.support.OffenderServiceStub;
import uk.ppo.actionplan.schedule.FiscalYear;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.OFFENDER_MANAGER;
import static uk.ppo.actionplan.Fixtures.OFFICER;
import static uk.ppo.actionplan.Fixtures.PARTNER;
import static uk.ppo.actionplan.Fixtures.fresh;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(OffenderServiceStub.class)
class IndicatorResourceTest {

    private static final String INDICATORS = "/api/v1/indicators";

    @Inject
    IndicatorService service;

    /** NI 30 as 000 gives it: baseline 273, 2009/10 target −22 % (213), reported quarterly. */
    static Map<String, Object> ni30(String partnership) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnership", partnership);
        body.put("code", "NI 30");
        body.put("title", "Re-offending rate of prolific and other priority offenders");
        body.put("definition", "Proven offences of the fixed PPO cohort in the follow-up year against the baseline year");
        body.put("unit", "proven offences");
        body.put("polarity", "LOWER_IS_BETTER");
        body.put("kind", "COUNT");
        body.put("frequency", "QUARTERLY");
        body.put("baselinePeriod", "Proven offences of the cohort in the baseline year");
        body.put("baselineValue", 273);
        body.put("lead", Map.of("organisation", "Sussex Probation Area", "jobTitle", "Director, East Sussex and Brighton Local Delivery Units"));
        body.put("targets", List.of(Map.of("financialYear", "2009/10", "reductionPercent", 22, "stretchReductionPercent", 26)));
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(INDICATORS)
                .then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse actual(String id, String period, Object value) {
        return given().auth().oauth2(ANALYST).contentType(ContentType.JSON).body(Map.of("period", period, "value", value))
                .post(INDICATORS + "/{id}/actuals", id).then();
    }

    @Nested
    class Definitions {

        @Test
        void aReductionOnTheBaselineBecomesTheTargetValueAndTheCodeIsUniquePerPartnership() {
            String partnership = fresh("East Sussex");
            String id = create(ni30(partnership));
            given().auth().oauth2(PARTNER).get(INDICATORS + "/{id}", id).then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("code", equalTo("NI 30"))
                    .body("targets[0].value", equalTo(213))
                    .body("targets[0].stretchValue", equalTo(202))
                    .body("amberTolerancePercent", equalTo(5))
                    .body("lead.organisation", equalTo("Sussex Probation Area"))
                    .body("createdBy", equalTo("cora.coordinator"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(ni30(partnership)).post(INDICATORS).then()
                    .statusCode(409).contentType("application/problem+json").body("violations[0].field", equalTo("code"));
            create(ni30(fresh("Thurrock")));
            given().auth().oauth2(OFFENDER_MANAGER).queryParam("partnership", partnership).get(INDICATORS).then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        }

        @Test
        void anUpdateNeedsTheCurrentVersionAndReplacesTheTargets() {
            String id = create(ni30(fresh("East Sussex")));
            Map<String, Object> changed = ni30(fresh("East Sussex"));
            changed.put("targets", List.of(Map.of("financialYear", "2010/11", "value", 200)));
            changed.put("amberTolerancePercent", 10);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                    .put(INDICATORS + "/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                    .body("targets", hasSize(1)).body("targets[0].value", equalTo(200)).body("amberTolerancePercent", equalTo(10))
                    .body("updatedBy", equalTo("ada.admin"));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                    .put(INDICATORS + "/{id}", id).then().statusCode(412).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("If-Match"));
        }

        @Test
        void aFinancialYearOutsideTheRangeIsRefusedNamingTheFieldWhereverOneIsTaken() {
            Map<String, Object> victorian = ni30(fresh("East Sussex"));
            victorian.put("targets", List.of(Map.of("financialYear", "1850/51", "value", 213)));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(victorian).post(INDICATORS).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("targets[0].financialYear"))
                    .body("violations[0].message", containsString("from 1900/01 to 2998/99"));
            String id = create(ni30(fresh("East Sussex")));
            given().auth().oauth2(ANALYST).queryParam("financialYear", "1850/51").get(INDICATORS + "/{id}/performance", id).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("financialYear"))
                    .body("violations[0].message", containsString("from 1900/01 to 2998/99"));
            actual(id, "1850/51 Q1", 5).statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("period"))
                    .body("violations[0].message", containsString("from 1900/01 to 2998/99"));
        }

        @Test
        void badDefinitionsAreProblemsNamingTheField() {
            Map<String, Object> noBaseline = ni30(fresh("East Sussex"));
            noBaseline.remove("baselineValue");
            bad(noBaseline, "baselineValue");
            Map<String, Object> both = ni30(fresh("East Sussex"));
            both.put("targets", List.of(Map.of("financialYear", "2009/10", "reductionPercent", 22, "value", 213)));
            bad(both, "targets[0].value");
            Map<String, Object> shortStretch = ni30(fresh("East Sussex"));
            shortStretch.put("targets", List.of(Map.of("financialYear", "2009/10", "value", 213, "stretchValue", 220)));
            bad(shortStretch, "targets[0].stretchValue");
            Map<String, Object> twice = ni30(fresh("East Sussex"));
            twice.put("targets", List.of(Map.of("financialYear", "2009/10", "value", 213), Map.of("financialYear", "2009/10", "value", 200)));
            bad(twice, "targets[1].financialYear");
            Map<String, Object> noCohort = ni30(fresh("East Sussex"));
            noCohort.put("source", Map.of("type", "NI30_COHORT"));
            bad(noCohort, "source.cohortId");
            Map<String, Object> badKind = ni30(fresh("East Sussex"));
            badKind.put("kind", "SOMETIMES");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(badKind).post(INDICATORS).then().statusCode(400);
        }

        private void bad(Map<String, Object> body, String field) {
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(INDICATORS).then()
                    .statusCode(400).contentType("application/problem+json").body("violations.field", contains(field));
        }

        @Test
        void rolesAreThoseOfDeliveryPlansAndAnalystsEnterActuals() {
            String id = create(ni30(fresh("East Sussex")));
            given().auth().oauth2(OFFICER).get(INDICATORS + "/{id}", id).then().statusCode(403);
            given().auth().oauth2(ANALYST).contentType(ContentType.JSON).body(ni30(fresh("East Sussex"))).post(INDICATORS).then().statusCode(403);
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(Map.of("period", "2009/10 Q1", "value", 1))
                    .post(INDICATORS + "/{id}/actuals", id).then().statusCode(403);
            given().get(INDICATORS).then().statusCode(401);
            given().auth().oauth2(ANALYST).get(INDICATORS + "/{id}", UUID.randomUUID()).then().statusCode(404);
        }
    }

    @Nested
    class Actuals {

        @Test
        void aYearOfQuartersIsOnTrackPerQuarterAgainstTheProRataLine() {
            String id = create(ni30(fresh("East Sussex")));
            actual(id, "2008/09 Q1", 80).statusCode(201);
            actual(id, "2009/10 Q1", 50).statusCode(201).body("actual.enteredBy", equalTo("test.analyst"))
                    .body("actual.computed", equalTo(false)).body("replaced", nullValue());
            actual(id, "2009/10 Q2", 60).statusCode(201);
            actual(id, "2009/10 Q3", 58).statusCode(201);
            actual(id, "2009/10 Q4", 40).statusCode(201);
            given().auth().oauth2(PARTNER).queryParam("financialYear", "2009/10").get(INDICATORS + "/{id}/performance", id).then()
                    .statusCode(200)
                    .body("yearTarget", equalTo(213)).body("yearStretchTarget", equalTo(202))
                    .body("periods.period", contains("2009/10 Q1", "2009/10 Q2", "2009/10 Q3", "2009/10 Q4"))
                    .body("periods.cumulative", contains(50, 110, 168, 208))
                    .body("periods.target", contains(53.25f, 106.5f, 159.75f, 213))
                    .body("periods.onTrack", contains(true, false, false, true))
                    .body("periods.rag", contains("GREEN", "AMBER", "RED", "GREEN"))
                    .body("periods.stretchOnTrack", contains(true, false, false, false))
                    .body("periods[0].lastYear.period", equalTo("2008/09 Q1"))
                    .body("periods[0].lastYear.change", equalTo(-30))
                    .body("periods[0].lastYear.changePercent", equalTo(-37.5f))
                    .body("periods[0].lastYear.improved", equalTo(true))
                    .body("periods[1].lastYear.actual", nullValue());
            // the board pack's view: the latest period on or before the day asked
            IndicatorPerformanceView latest = service.allPerformance(LocalDate.of(2010, 2, 1)).stream()
                    .filter(v -> v.indicator().id().toString().equals(id)).findFirst().orElseThrow();
            assertEquals("2009/10", latest.financialYear());
            assertEquals("2009/10 Q3", latest.latest().period());
            assertEquals(IndicatorArithmetic.Rag.RED, latest.latest().rag());
            assertEquals(new BigDecimal("159.75"), service.performance(UUID.fromString(id), FiscalYear.parse("2009/10")).periods().get(2).target());
            IndicatorPerformanceView before = service.allPerformance(LocalDate.of(2008, 1, 1)).stream()
                    .filter(v -> v.indicator().id().toString().equals(id)).findFirst().orElseThrow();
            assertNull(before.latest());
        }

        @Test
        void aSecondActualForAPeriodReplacesTheFirstWhichStaysAsHistory() {
            String id = create(ni30(fresh("East Sussex")));
            String first = actual(id, "2009/10 Q1", 50).statusCode(201).extract().path("actual.id");
            actual(id, "2009/10 Q1", 52).statusCode(201).body("replaced.id", equalTo(first)).body("replaced.value", equalTo(50))
                    .body("replaced.supersededBy", equalTo("test.analyst"));
            given().auth().oauth2(ANALYST).get(INDICATORS + "/{id}/actuals", id).then().statusCode(200)
                    .body("value", contains(52));
            given().auth().oauth2(ANALYST).queryParam("history", true).get(INDICATORS + "/{id}/actuals", id).then().statusCode(200)
                    .body("value", contains(52, 50)).body("[1].supersededAt", notNullValue());
        }

        @Test
        void periodsAndValuesAreCheckedStrictly() {
            String id = create(ni30(fresh("East Sussex")));
            actual(id, "2009/10 Q5", 5).statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("period"));
            actual(id, "2009-07", 5).statusCode(400).body("violations[0].field", equalTo("period"))
                    .body("violations[0].message", containsString("QUARTERLY"));
            String future = FiscalYear.containing(LocalDate.now()).label() + " Q4";
            actual(id, future, 5).statusCode(400).body("violations[0].field", equalTo("period"))
                    .body("violations[0].message", containsString("has not ended"));
            actual(id, "2009/10 Q1", -1).statusCode(400).body("violations[0].field", equalTo("value"));
            actual(id, "2009/10 Q1", "many").statusCode(400);
            given().auth().oauth2(ANALYST).get(INDICATORS + "/{id}/actuals", id).then().body("$", hasSize(0));
            given().auth().oauth2(ANALYST).queryParam("financialYear", "2009/11").get(INDICATORS + "/{id}/performance", id).then()
                    .statusCode(400).body("violations[0].field", equalTo("financialYear"));
        }

        @Test
        void ni18AgainstItsPredictionAndNi38AsARatio() {
            Map<String, Object> ni18 = ni30(fresh("East Sussex"));
            ni18.putAll(Map.of("code", "NI 18", "kind", "PERCENTAGE", "frequency", "ANNUAL", "unit", "% re-offending"));
            ni18.remove("baselineValue");
            ni18.put("targets", List.of(Map.of("financialYear", "2009/10", "value", 8.04)));
            String id = create(ni18);
            given().auth().oauth2(ANALYST).contentType(ContentType.JSON)
                    .body(Map.of("period", "2009/10", "value", 6.99, "predicted", 8.04, "note", "cohort July 08 to June 09, 4521 offenders"))
                    .post(INDICATORS + "/{id}/actuals", id).then().statusCode(201);
            given().auth().oauth2(ANALYST).queryParam("financialYear", "2009/10").get(INDICATORS + "/{id}/performance", id).then()
                    .body("periods[0].betterThanPredictedPercent", equalTo(13.1f))
                    .body("periods[0].againstPredicted", equalTo("BETTER"))
                    .body("periods[0].onTrack", equalTo(true));
            actual(id, "2009/10", 101).statusCode(400).body("violations[0].field", equalTo("value"));

            Map<String, Object> ni38 = ni30(fresh("East Sussex"));
            ni38.putAll(Map.of("code", "NI 38", "kind", "PREDICTED_VS_ACTUAL_RATIO", "frequency", "ANNUAL", "unit", "actual ÷ predicted"));
            ni38.put("targets", List.of(Map.of("financialYear", "2009/10", "value", 1)));
            String ratio = create(ni38);
            actual(ratio, "2009/10", 0.73).statusCode(201);
            given().auth().oauth2(ANALYST).queryParam("financialYear", "2009/10").get(INDICATORS + "/{id}/performance", ratio).then()
                    .body("periods[0].againstPredicted", equalTo("BETTER")).body("periods[0].rag", equalTo("GREEN"));
        }
    }

    @Nested
    class Computed {

        private final WireMock upstream = new WireMock("localhost",
                ConfigProvider.getConfig().getValue("ppo.test.offender-stub.port", Integer.class));

        @Test
        void ni30IsComputedFromOffenderServicesCohortReport() {
            UUID cohort = UUID.randomUUID();
            upstream.register(WireMock.get(WireMock.urlPathEqualTo("/api/v1/performance/cohorts/" + cohort))
                    .withQueryParam("asOf", WireMock.equalTo("2009-09-30"))
                    .withHeader("Authorization", WireMock.equalTo("Bearer " + OffenderServiceStub.SERVICE_TOKEN))
                    .willReturn(WireMock.okJson("""
                            {"id":"%s","name":"East Sussex PPO cohort 2009/10","followUpFrom":"2009-04-01","followUpTo":"2010-03-31",
                             "followUpEnded":false,"followUpOffences":104,"quarters":[
                              {"quarter":1,"from":"2009-04-01","to":"2009-06-30","complete":true,"offences":49},
                              {"quarter":2,"from":"2009-07-01","to":"2009-09-30","complete":true,"offences":55}]}
                            """.formatted(cohort))));
            Map<String, Object> body = ni30(fresh("East Sussex"));
            body.put("source", Map.of("type", "NI30_COHORT", "cohortId", cohort));
            String id = create(body);
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", "2009/10 Q2"))
                    .post(INDICATORS + "/{id}/actuals/computed", id).then().statusCode(201)
                    .body("actual.value", equalTo(55)).body("actual.computed", equalTo(true))
                    .body("actual.source", containsString("NI 30 cohort 'East Sussex PPO cohort 2009/10'"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("period", "2009/10 Q1"))
                    .post(INDICATORS + "/{id}/actuals/computed", create(ni30(fresh("East Sussex")))).then().statusCode(409)
                    .body("violations[0].field", equalTo("source"));
        }

        @Test
        void asbPer1000IsComputedFromHotspotServicesCounts() {
            upstream.register(WireMock.get(WireMock.urlPathEqualTo("/api/v1/hotspots/indicator-counts"))
                    .withQueryParam("area", WireMock.equalTo("E07000062"))
                    .withQueryParam("from", WireMock.equalTo("2024-07")).withQueryParam("to", WireMock.equalTo("2025-06"))
                    .withQueryParam("crimeType", WireMock.equalTo("Anti-social behaviour"))
                    .willReturn(WireMock.okJson("""
                            {"areaCode":"E07000062","areaName":"Hastings","population":90990,"from":"2024-07","to":"2025-06",
                             "crimeTypes":["Anti-social behaviour"],"count":4550}
                            """)));
            Map<String, Object> body = ni30(fresh("East Sussex"));
            body.putAll(Map.of("code", "ASB", "kind", "RATE_PER_1000", "frequency", "ROLLING_12_MONTHS", "unit", "incidents per 1,000"));
            body.remove("targets");
            body.put("source", Map.of("type", "POLICE_UK_CRIMES", "areaCode", "E07000062", "crimeTypes", List.of("Anti-social behaviour")));
            String id = create(body);
            given().auth().oauth2(ANALYST).contentType(ContentType.JSON).body(Map.of("period", "12 months to 2025-06"))
                    .post(INDICATORS + "/{id}/actuals/computed", id).then().statusCode(201)
                    .body("actual.value", equalTo(50.01f)).body("actual.computed", equalTo(true))
                    .body("actual.source", containsString("Anti-social behaviour in Hastings (E07000062), 2024-07 to 2025-06: 4550 per 1,000 of 90990"));
        }
    }
}
