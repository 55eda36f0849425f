package uk.ppo.hotspot.snapshot;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.hotspot.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.ppo.hotspot.Fixtures.ANALYST;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class SnapshotResourceTest {

    static final String SNAPSHOTS = "/api/v1/hotspots/snapshots";

    static String take(Fixtures.Hierarchy h, String name, String from, String to) {
        return given().auth().oauth2(ANALYST).contentType(ContentType.JSON)
                .body(Map.of("name", name, "level", "LSOA", "from", from, "to", to, "within", h.county()))
                .when().post(SNAPSHOTS)
                .then().statusCode(201)
                .header("Location", containsString(SNAPSHOTS + "/"))
                .body("name", equalTo(name))
                .body("takenBy", equalTo("test.analyst"))
                .body("areas", hasSize(3))
                .extract().path("id");
    }

    @Test
    void twoSnapshotsShowAreasEnteringAndLeavingRedAndTheRisers() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        List<String> rows = new ArrayList<>();
        rows.addAll(Fixtures.crimes(25, "2022-01", h.l1(), "Burglary"));   // H1: 25.00 in six months, 50.00 a year AMBER
        rows.addAll(Fixtures.crimes(10, "2022-02", h.l3(), "Drugs"));      // H1: 20.00, 40.00 a year GREEN; H2 the same
        rows.addAll(Fixtures.crimes(95, "2022-07", h.l1(), "Burglary"));   // H2: 95.00, 190.00 a year RED
        rows.addAll(Fixtures.crimes(60, "2022-08", h.l2(), "Shoplifting")); // H2: 30.00, 60.00 a year AMBER
        rows.addAll(Fixtures.crimes(10, "2022-08", h.l3(), "Drugs"));
        Fixtures.importCsv(Fixtures.csv(rows), "text/csv").then().statusCode(200);

        String first = take(h, "H1 2022", "2022-01", "2022-06");
        String second = take(h, "H2 2022", "2022-07", "2022-12");

        given().auth().oauth2(ANALYST).when().get(SNAPSHOTS + "/{id}", second)
                .then().statusCode(200)
                .body("monthsInWindow", equalTo(6))
                .body("rateBasis", equalTo("PER_1000_PER_YEAR"))
                .body("areas.code", equalTo(List.of(h.l1(), h.l2(), h.l3())))
                .body("areas.rag", equalTo(List.of("RED", "AMBER", "GREEN")))
                .body("areas[0].ragBasis", equalTo("PER_1000_PER_YEAR"))
                .body("areas[0].ratePer1000InWindow", equalTo(95.0f))
                .body("areas[0].ratePer1000PerYear", equalTo(190.0f))
                .body("from", equalTo("2022-07"));

        given().auth().oauth2(ANALYST).queryParam("base", first).queryParam("current", second)
                .when().get(SNAPSHOTS + "/compare")
                .then().statusCode(200)
                .body("base.name", equalTo("H1 2022"))
                .body("enteredRed.code", equalTo(List.of(h.l1())))
                .body("leftRed", hasSize(0))
                .body("biggestRisers.code", equalTo(List.of(h.l1(), h.l2())))
                .body("biggestRisers[0].baseRate", equalTo(50.0f))
                .body("biggestRisers[0].currentRate", equalTo(190.0f))
                .body("biggestRisers[0].rateChange", equalTo(140.0f))
                .body("biggestRisers[0].baseRag", equalTo("AMBER"))
                .body("biggestRisers[1].rateChange", equalTo(60.0f));

        given().auth().oauth2(ANALYST).queryParam("base", second).queryParam("current", first)
                .when().get(SNAPSHOTS + "/compare")
                .then().statusCode(200)
                .body("leftRed.code", equalTo(List.of(h.l1())))
                .body("enteredRed", hasSize(0));

        given().auth().oauth2(TestTokens.forRole("coordinator")).queryParam("size", 500).when().get(SNAPSHOTS)
                .then().statusCode(200).body("items.id", hasItem(first)).body("items[0].areas", nullValue());
    }

    @Test
    void snapshotsOfWindowsOfDifferentLengthsCompareRatesPerYear() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        List<String> rows = new ArrayList<>();
        rows.addAll(Fixtures.crimes(30, "2021-03", h.l1(), "Burglary"));  // 2021-01..03: 30.00 in three months, 120.00 a year
        rows.addAll(Fixtures.crimes(30, "2021-09", h.l1(), "Burglary"));  // 2021: 60 in twelve months, 60.00 a year
        Fixtures.importCsv(Fixtures.csv(rows), "text/csv").then().statusCode(200);
        String quarter = take(h, "Q1 2021", "2021-01", "2021-03");
        String year = take(h, "2021", "2021-01", "2021-12");

        given().auth().oauth2(ANALYST).when().get(SNAPSHOTS + "/{id}", quarter)
                .then().statusCode(200)
                .body("monthsInWindow", equalTo(3))
                .body("areas[0].ratePer1000InWindow", equalTo(30.0f))
                .body("areas[0].ratePer1000PerYear", equalTo(120.0f))
                .body("areas[0].rag", equalTo("RED"));
        // the window's own rates (30 then 60) would show a rise; per year it fell from 120 to 60, RED to AMBER
        given().auth().oauth2(ANALYST).queryParam("base", quarter).queryParam("current", year)
                .when().get(SNAPSHOTS + "/compare")
                .then().statusCode(200)
                .body("current.monthsInWindow", equalTo(12))
                .body("leftRed.code", equalTo(List.of(h.l1())))
                .body("leftRed[0].baseRate", equalTo(120.0f))
                .body("leftRed[0].currentRate", equalTo(60.0f))
                .body("leftRed[0].rateChange", equalTo(-60.0f))
                .body("leftRed[0].currentRag", equalTo("AMBER"))
                .body("biggestRisers", hasSize(0));
    }

    @Test
    void snapshotsAndTheirComparisonComeAsGeoJsonForMaps() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        List<String> rows = new ArrayList<>();
        rows.addAll(Fixtures.crimes(20, "2023-01", h.l1(), "Burglary"));   // H1: 20.00, 40.00 a year GREEN
        rows.addAll(Fixtures.crimes(95, "2023-07", h.l1(), "Burglary"));   // H2: 95.00, 190.00 a year RED
        rows.addAll(Fixtures.crimes(20, "2023-08", h.l3(), "Drugs"));      // H2: 40.00, 80.00 a year AMBER
        Fixtures.importCsv(Fixtures.csv(rows), "text/csv").then().statusCode(200);
        String first = take(h, "H1 2023", "2023-01", "2023-06");
        String second = take(h, "H2 2023", "2023-07", "2023-12");

        // the synthetic areas have centroids and no polygons: points, at the area's centroid
        given().auth().oauth2(ANALYST).accept("application/geo+json").when().get(SNAPSHOTS + "/{id}", second)
                .then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .body("name", equalTo("H2 2023"))
                .body("from", equalTo("2023-07"))
                .body("monthsInWindow", equalTo(6))
                .body("rateBasis", equalTo("PER_1000_PER_YEAR"))
                .body("features", hasSize(3))
                .body("features[0].id", equalTo(h.l1()))
                .body("features[0].geometry.type", equalTo("Point"))
                .body("features[0].geometry.coordinates", equalTo(List.of(0.31f, 50.91f)))
                .body("features[0].properties.rag", equalTo("RED"))
                .body("features[0].properties.ratePer1000InWindow", equalTo(95.0f))
                .body("features[0].properties.ratePer1000PerYear", equalTo(190.0f))
                .body("features[1].id", equalTo(h.l3()))
                .body("features[1].properties.rag", equalTo("AMBER"))
                .body("features[1].properties.count", equalTo(20));

        given().auth().oauth2(ANALYST).accept("application/geo+json").queryParam("base", first).queryParam("current", second)
                .when().get(SNAPSHOTS + "/compare")
                .then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/geo+json"))
                .body("base.name", equalTo("H1 2023"))
                .body("features.id", equalTo(List.of(h.l1(), h.l3())))
                .body("features[0].properties.movements", equalTo(List.of("ENTERED_RED", "RISER")))
                .body("features[0].properties.rateChange", equalTo(150.0f))
                .body("features[1].properties.movements", equalTo(List.of("RISER")))
                .body("features[1].geometry.type", equalTo("Point"));
    }

    @Test
    void badRequestsAreNamed() {
        given().auth().oauth2(ANALYST).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "level", "COUNTY", "from", "2022-01", "to", "2022-02"))
                .when().post(SNAPSHOTS).then().statusCode(400).body("violations[0].field", equalTo("level"));
        given().auth().oauth2(ANALYST).contentType(ContentType.JSON).body(Map.of("level", "WARD"))
                .when().post(SNAPSHOTS).then().statusCode(400).body("violations.field", hasItem("name"));
        given().auth().oauth2(ANALYST).queryParam("base", "nope").queryParam("current", "x")
                .when().get(SNAPSHOTS + "/compare").then().statusCode(400).body("violations[0].field", equalTo("base"));
        given().auth().oauth2(ANALYST).when().get(SNAPSHOTS + "/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void accessIsForReaders() {
        given().when().get(SNAPSHOTS).then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("partner-system")).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "level", "WARD", "from", "2022-01", "to", "2022-02"))
                .when().post(SNAPSHOTS).then().statusCode(403);
    }
}
