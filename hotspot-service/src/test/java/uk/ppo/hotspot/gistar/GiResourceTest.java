package uk.ppo.hotspot.gistar;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.hotspot.Fixtures;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static uk.ppo.hotspot.Fixtures.ANALYST;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class GiResourceTest {

    static final String GI = "/api/v1/hotspots/gi";

    static {
        RestAssured.registerParser("application/geo+json", Parser.JSON);
    }

    static io.restassured.specification.RequestSpecification january() {
        Fixtures.sussexJanuary();
        return given().auth().oauth2(ANALYST).queryParam("from", "2025-01").queryParam("to", "2025-01");
    }

    @Test
    void hastingsLsoasByContiguityFindTheTownCentreHotSpot() {
        january().queryParam("level", "LSOA").queryParam("within", "E07000062")
                .when().get(GI)
                .then().statusCode(200)
                .body("level", equalTo("LSOA"))
                .body("weights", containsString("contiguity"))
                .body("results", hasSize(53))
                .body("results[0].z", greaterThan(2.576f))
                .body("results[0].classification", equalTo("HOT_99"))
                .body("results[0].p", lessThan(0.01f))
                .body("results.classification", everyItem(oneOf("HOT_99", "HOT_95", "HOT_90", "COLD_99", "COLD_95",
                        "COLD_90", "NOT_SIGNIFICANT")));
    }

    @Test
    void wardsByDistanceBandAndCountsWork() {
        january().queryParam("level", "WARD").queryParam("within", "E10000011").queryParam("weights", "DISTANCE_BAND")
                .queryParam("distance", 3000).queryParam("value", "COUNT").queryParam("fdr", true)
                .when().get(GI)
                .then().statusCode(200)
                .body("results", hasSize(108))
                .body("weights", containsString("distance band 3000 m"))
                .body("weights", containsString("FDR"))
                .body("results[0].value", greaterThan(0f));
    }

    @Test
    void aGridOverEastSussexListsCellsWithIncidents() {
        january().queryParam("level", "GRID").queryParam("cellSize", 500).queryParam("within", "E10000011")
                .queryParam("force", "Sussex Police")
                .when().get(GI)
                .then().statusCode(200)
                .body("level", equalTo("GRID"))
                .body("weights", containsString("grid 500 m"))
                .body("results[0].code", containsString("G500:"))
                .body("results[0].classification", equalTo("HOT_99"))
                .body("results.value.sum()", equalTo(3370.0));
    }

    @Test
    void theGridAsGeoJsonHasSquares() {
        january().accept("application/geo+json").queryParam("level", "GRID").queryParam("cellSize", 1000)
                .queryParam("within", "E07000062").queryParam("crimeType", "Burglary")
                .when().get(GI)
                .then().statusCode(200)
                .contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("features[0].geometry.type", equalTo("Polygon"))
                .body("features[0].geometry.coordinates[0]", hasSize(5))
                .body("features[0].properties.z", notNullValue())
                .body("features.properties.value.sum()", equalTo(34.0));
    }

    @Test
    void contiguityNeedsBoundaries() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        given().auth().oauth2(ANALYST).queryParam("level", "LSOA").queryParam("from", "2025-01").queryParam("to", "2025-01")
                .queryParam("within", h.county())
                .when().get(GI)
                .then().statusCode(400).body("violations[0].field", equalTo("weights"))
                .body("violations[0].message", containsString("no boundaries"));
        given().auth().oauth2(ANALYST).queryParam("level", "LSOA").queryParam("from", "2025-01").queryParam("to", "2025-01")
                .queryParam("within", h.county()).queryParam("weights", "DISTANCE_BAND").queryParam("distance", 5000)
                .when().get(GI)
                .then().statusCode(200).body("results", hasSize(3));
    }

    @Test
    void badParametersAreNamed() {
        Map<String, List<Object>> cases = Map.of(
                "level", List.of("level", "DISTRICT"),
                "weights", List.of("weights", "ROOK"),
                "distance", List.of("weights", "DISTANCE_BAND"),
                "cellSize", List.of("cellSize", 10),
                "value", List.of("value", "MEDIAN"));
        cases.forEach((field, param) -> {
            var spec = given().auth().oauth2(ANALYST).queryParam("from", "2025-01").queryParam("to", "2025-01");
            if (!param.get(0).equals("level")) {
                spec = spec.queryParam("level", field.equals("cellSize") ? "GRID" : "WARD");
            }
            spec.queryParam((String) param.get(0), param.get(1))
                    .when().get(GI)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(field));
        });
        given().auth().oauth2(ANALYST).queryParam("level", "GRID").queryParam("from", "2025-13").queryParam("to", "2025-12")
                .when().get(GI).then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(ANALYST).queryParam("level", "GRID").queryParam("from", "2025-01").queryParam("to", "2025-01")
                .queryParam("within", "E99999999")
                .when().get(GI).then().statusCode(400).body("violations[0].field", equalTo("within"));
    }

    @Test
    void accessIsForReadRoles() {
        given().queryParam("level", "GRID").when().get(GI).then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("partner-system")).queryParam("level", "GRID")
                .when().get(GI).then().statusCode(403);
    }
}
