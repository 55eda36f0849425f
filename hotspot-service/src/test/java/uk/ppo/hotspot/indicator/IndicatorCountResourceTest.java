package uk.ppo.hotspot.indicator;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.hotspot.Fixtures;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class IndicatorCountResourceTest {

    private static final String COUNTS = "/api/v1/hotspots/indicator-counts";
    private static final List<String> SERIOUS_ACQUISITIVE = List.of("Burglary", "Robbery", "Vehicle crime");
    private static final String FEED = TestTokens.user("service-account-action-plan-service").roles("indicator-feed").token();

    @BeforeEach
    void sussexJanuary() {
        Fixtures.sussexJanuary();
    }

    private static RequestSpecification asked(String token, String area, String from, String to, List<String> types) {
        RequestSpecification request = given().auth().oauth2(token).queryParam("area", area).queryParam("from", from).queryParam("to", to);
        types.forEach(t -> request.queryParam("crimeType", t));
        return request;
    }

    @Test
    void theCountOfAnAreaIsWhatTheHotspotReportCountsForItAndTheCountyIsTheSumOfItsDistricts() {
        RequestSpecification report = given().auth().oauth2(Fixtures.ANALYST).queryParam("level", "DISTRICT")
                .queryParam("from", "2025-01").queryParam("to", "2025-01").queryParam("within", "E10000011");
        SERIOUS_ACQUISITIVE.forEach(t -> report.queryParam("crimeType", t));
        List<Map<String, Object>> districts = report.get("/api/v1/hotspots").then().statusCode(200).extract().path("areas");
        long sum = 0;
        for (Map<String, Object> district : districts) {
            long expected = ((Number) district.get("count")).longValue();
            sum += expected;
            asked(FEED, (String) district.get("code"), "2025-01", "2025-01", SERIOUS_ACQUISITIVE).get(COUNTS).then().statusCode(200)
                    .body("count", equalTo((int) expected));
        }
        long county = asked(FEED, "E10000011", "2025-01", "2025-01", SERIOUS_ACQUISITIVE).get(COUNTS).then().statusCode(200)
                .body("areaName", equalTo("East Sussex"))
                .body("population", equalTo(545859))
                .body("crimeTypes", equalTo(SERIOUS_ACQUISITIVE))
                .body("count", greaterThan(0))
                .extract().jsonPath().getLong("count");
        assertEquals(sum, county);
        // months with no data count nothing
        asked(Fixtures.ANALYST, "E10000011", "2010-04", "2010-06", SERIOUS_ACQUISITIVE).get(COUNTS).then().statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    void badQuestionsAreProblemsNamingTheField() {
        asked(FEED, "E10000011", "2025-01", "2025-01", List.of()).get(COUNTS).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("crimeType"));
        asked(FEED, "E10000011", "2025-01", "2025-01", List.of("Shoplifting and more")).get(COUNTS).then().statusCode(400)
                .body("violations[0].field", equalTo("crimeType"));
        asked(FEED, "E10000011", "2025-13", "2025-01", SERIOUS_ACQUISITIVE).get(COUNTS).then().statusCode(400)
                .contentType("application/problem+json");
        asked(FEED, "E99999999", "2025-01", "2025-01", SERIOUS_ACQUISITIVE).get(COUNTS).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAnalystsCoordinatorsAdminsAndTheIndicatorFeedMayAsk() {
        asked(Fixtures.PARTNER, "E10000011", "2025-01", "2025-01", SERIOUS_ACQUISITIVE).get(COUNTS).then().statusCode(403);
        asked(TestTokens.forRole("officer"), "E10000011", "2025-01", "2025-01", SERIOUS_ACQUISITIVE).get(COUNTS).then().statusCode(403);
        given().queryParam("area", "E10000011").get(COUNTS).then().statusCode(401);
    }
}
