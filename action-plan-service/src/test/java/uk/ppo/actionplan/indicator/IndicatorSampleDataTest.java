package uk.ppo.actionplan.indicator;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.ppo.actionplan.support.OffenderServiceStub;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ppo.actionplan.Fixtures.ANALYST;

/** The sample indicators say what sources 000, 001 and 003 say (the sample data is loaded in tests too). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(OffenderServiceStub.class)
class IndicatorSampleDataTest {

    private static String id(String partnership, String code) {
        List<Map<String, Object>> items = given().auth().oauth2(ANALYST).queryParam("partnership", partnership).queryParam("size", 100)
                .get("/api/v1/indicators").then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> code.equals(i.get("code"))).map(i -> (String) i.get("id")).findFirst().orElseThrow();
    }

    private static io.restassured.response.ValidatableResponse performance(String partnership, String code, String year) {
        return given().auth().oauth2(ANALYST).queryParam("financialYear", year)
                .get("/api/v1/indicators/{id}/performance", id(partnership, code)).then().statusCode(200);
    }

    @Test
    void eastSussexAndThurrockHaveTheirIndicators() {
        List<String> eastSussex = given().auth().oauth2(ANALYST).queryParam("partnership", "East Sussex").queryParam("size", 100)
                .get("/api/v1/indicators").then().extract().path("items.code");
        assertTrue(eastSussex.containsAll(List.of("NI 30", "NI 16", "NI 18", "NI 38", "NI 17", "ASB", "NI 40", "NI 42", "NI 21")), eastSussex.toString());
        List<String> thurrock = given().auth().oauth2(ANALYST).queryParam("partnership", "Thurrock")
                .get("/api/v1/indicators").then().extract().path("items.code");
        assertEquals(List.of("NI 16", "NI 30", "NI 45"), thurrock);
    }

    @Test
    void theFiguresAreTheSourcesFigures() {
        // 000: 273 less 22 % is 213, pro rata per quarter
        performance("East Sussex", "NI 30", "2009/10").body("yearTarget", equalTo(213))
                .body("periods.target", contains(53.25f, 106.5f, 159.75f, 213));
        // 001: 366 → 197 against the 20 % target (293), 46.2 % down on the baseline
        performance("East Sussex", "NI 30 2008/09", "2008/09").body("periods[0].actual", equalTo(197))
                .body("periods[0].target", equalTo(293)).body("periods[0].rag", equalTo("GREEN"));
        assertEquals(new java.math.BigDecimal("-46.2"), IndicatorArithmetic.changePercent(new java.math.BigDecimal(366), new java.math.BigDecimal(197)));
        // 001: NI 18 6.99 % against 8.04 % predicted; NI 38 0.73
        performance("East Sussex", "NI 18", "2009/10").body("periods.find { it.period == '12 months to 2009-06' }.betterThanPredictedPercent", equalTo(13.1f));
        performance("East Sussex", "NI 38", "2009/10").body("periods[0].againstPredicted", equalTo("BETTER"));
        // 001: planned exits 58 %, 51 %, 43 % against 50 %
        performance("East Sussex", "Planned exits", "2009/10").body("periods.rag", contains("GREEN", "GREEN", "RED", null));
        given().auth().oauth2(ANALYST).get("/api/v1/indicators/{id}", id("East Sussex", "NI 16")).then()
                .body("source.crimeTypes", contains("Burglary", "Robbery", "Vehicle crime")).body("source.areaCode", equalTo("E10000011"));
    }
}
