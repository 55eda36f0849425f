package uk.ppo.hotspot.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static uk.ppo.hotspot.Fixtures.ADMIN;
import static uk.ppo.hotspot.Fixtures.ANALYST;
import static uk.ppo.hotspot.Fixtures.crimes;
import static uk.ppo.hotspot.Fixtures.csv;
import static uk.ppo.hotspot.Fixtures.importCsv;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class HotspotResourceTest {

    static final String HOTSPOTS = "/api/v1/hotspots";

    static {
        io.restassured.RestAssured.registerParser("application/geo+json", io.restassured.parsing.Parser.JSON);
    }

    /**
     * L1 (1,000 residents): 95 in 2041-03..04, 50 in 2041-01..02; L2 (2,000): 120 now (100 of them ASB),
     * none before; L3 (500): 10 now, 10 before.
     */
    static Fixtures.Hierarchy scenario() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        List<String> rows = new ArrayList<>();
        rows.addAll(crimes(60, "2041-03", h.l1(), "Burglary"));
        rows.addAll(crimes(35, "2041-04", h.l1(), "Burglary"));
        rows.addAll(crimes(50, "2041-01", h.l1(), "Burglary"));
        rows.addAll(crimes(100, "2041-04", h.l2(), "Anti-social behaviour"));
        rows.addAll(crimes(20, "2041-03", h.l2(), "Shoplifting"));
        rows.addAll(crimes(10, "2041-03", h.l3(), "Drugs"));
        rows.addAll(crimes(10, "2041-02", h.l3(), "Drugs"));
        rows.addAll(crimes(7, "2041-05", h.l3(), "Drugs")); // after the window
        importCsv(csv(rows), "text/csv").then().statusCode(200).body("accepted", equalTo(rows.size()));
        return h;
    }

    static io.restassured.specification.RequestSpecification report(String level, Fixtures.Hierarchy h) {
        return given().auth().oauth2(ANALYST).queryParam("level", level).queryParam("from", "2041-03")
                .queryParam("to", "2041-04").queryParam("within", h.county());
    }

    @Nested
    class Report {

        @Test
        void lsoaReportHasRatesForTheWindowAndPerYearRagChangeAndShareSortedByRate() {
            // a two-month window: rates per year are six times the window's; RAG (red 90, amber 50 per year) on those
            Fixtures.Hierarchy h = scenario();
            report("LSOA", h).when().get(HOTSPOTS)
                    .then().statusCode(200)
                    .body("level", equalTo("LSOA"))
                    .body("from", equalTo("2041-03"))
                    .body("to", equalTo("2041-04"))
                    .body("monthsInWindow", equalTo(2))
                    .body("rateBasis", equalTo("PER_1000_PER_YEAR"))
                    .body("crimeTypes", hasSize(14))
                    .body("areas.code", equalTo(List.of(h.l1(), h.l2(), h.l3())))
                    .body("areas[0].count", equalTo(95))
                    .body("areas[0].population", equalTo(1000))
                    .body("areas[0].ratePer1000InWindow", equalTo(95.0f))
                    .body("areas[0].ratePer1000PerYear", equalTo(570.0f))
                    .body("areas[0].rag", equalTo("RED"))
                    .body("areas[0].ragBasis", equalTo("PER_1000_PER_YEAR"))
                    .body("areas[0].previousCount", equalTo(50))
                    .body("areas[0].changePercent", equalTo(90.0f))
                    .body("areas[0].share", equalTo(42.22f))
                    .body("areas[1].ratePer1000InWindow", equalTo(60.0f))
                    .body("areas[1].ratePer1000PerYear", equalTo(360.0f))
                    .body("areas[1].rag", equalTo("RED"))
                    .body("areas[1].previousCount", equalTo(0))
                    .body("areas[1].changePercent", nullValue())
                    .body("areas[1].share", equalTo(53.33f))
                    .body("areas[2].name", equalTo("Lsoa three"))
                    .body("areas[2].ratePer1000InWindow", equalTo(20.0f))
                    .body("areas[2].ratePer1000PerYear", equalTo(120.0f))
                    .body("areas[2].rag", equalTo("RED"))
                    .body("areas[2].changePercent", equalTo(0.0f))
                    .body("areas[2].share", equalTo(4.44f));
        }

        @Test
        void wardAndDistrictReportsRollLsoasUp() {
            Fixtures.Hierarchy h = scenario();
            report("WARD", h).when().get(HOTSPOTS)
                    .then().statusCode(200)
                    .body("areas.code", equalTo(List.of(h.w1(), h.w2())))
                    .body("areas[0].count", equalTo(215))
                    .body("areas[0].population", equalTo(3000))
                    .body("areas[0].ratePer1000InWindow", equalTo(71.67f))
                    .body("areas[0].ratePer1000PerYear", equalTo(430.0f))
                    .body("areas[0].rag", equalTo("RED"))
                    .body("areas[0].changePercent", equalTo(330.0f));
            report("DISTRICT", h).when().get(HOTSPOTS)
                    .then().statusCode(200)
                    .body("areas", hasSize(1))
                    .body("areas[0].count", equalTo(225))
                    .body("areas[0].ratePer1000InWindow", equalTo(64.29f))
                    .body("areas[0].ratePer1000PerYear", equalTo(385.71f))
                    .body("areas[0].share", equalTo(100.0f));
        }

        @Test
        void crimeTypesFilterTheCountsAndAreEchoed() {
            Fixtures.Hierarchy h = scenario();
            report("LSOA", h).queryParam("crimeType", "Anti-social behaviour").queryParam("crimeType", "Drugs")
                    .when().get(HOTSPOTS)
                    .then().statusCode(200)
                    .body("crimeTypes", equalTo(List.of("Anti-social behaviour", "Drugs")))
                    .body("areas.code", equalTo(List.of(h.l2(), h.l3(), h.l1())))
                    .body("areas.count", equalTo(List.of(100, 10, 0)));
        }

        @Test
        void aPartnershipsOwnThresholdsApplyToItsAreasOnTheirOwnBasis() {
            Fixtures.Hierarchy h = scenario();
            // stated for the window: held against the two months' rates (95, 60, 20)
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("redFrom", 60, "amberFrom", 25, "rateBasis", "PER_1000_FOR_WINDOW"))
                    .when().put(HOTSPOTS + "/thresholds/{code}", h.district())
                    .then().statusCode(201).body("partnershipCode", equalTo(h.district()))
                    .body("rateBasis", equalTo("PER_1000_FOR_WINDOW"));
            report("LSOA", h).when().get(HOTSPOTS)
                    .then().statusCode(200).body("areas.rag", equalTo(List.of("RED", "RED", "GREEN")))
                    .body("areas.ragBasis", everyItem(equalTo("PER_1000_FOR_WINDOW")));
            // per year (the default basis): held against the annualised rates (570, 360, 120)
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("redFrom", 500, "amberFrom", 200))
                    .when().put(HOTSPOTS + "/thresholds/{code}", h.district())
                    .then().statusCode(200).body("rateBasis", equalTo("PER_1000_PER_YEAR"));
            report("LSOA", h).when().get(HOTSPOTS)
                    .then().statusCode(200).body("areas.rag", equalTo(List.of("RED", "AMBER", "GREEN")))
                    .body("areas.ragBasis", everyItem(equalTo("PER_1000_PER_YEAR")));
            given().auth().oauth2(ADMIN).when().delete(HOTSPOTS + "/thresholds/{code}", h.district())
                    .then().statusCode(204);
            // the defaults, red 90 and amber 50 per year
            report("LSOA", h).when().get(HOTSPOTS)
                    .then().statusCode(200).body("areas.rag", equalTo(List.of("RED", "RED", "RED")));
        }

        @Test
        void theSussexJanuaryWardReportForHastingsMatchesTheOpenData() {
            Fixtures.sussexJanuary();
            given().auth().oauth2(ANALYST).queryParam("level", "WARD").queryParam("from", "2025-01")
                    .queryParam("to", "2025-01").queryParam("within", "E07000062")
                    .when().get(HOTSPOTS)
                    .then().statusCode(200)
                    .body("areas", hasSize(16))
                    .body("areas[0].code", equalTo("E05011204"))
                    .body("areas[0].name", equalTo("Castle"))
                    .body("areas[0].count", equalTo(180))
                    .body("areas[0].population", equalTo(6877))
                    .body("monthsInWindow", equalTo(1))
                    .body("areas[0].ratePer1000InWindow", equalTo(26.17f))
                    .body("areas[0].ratePer1000PerYear", equalTo(314.09f))
                    .body("areas[0].rag", equalTo("RED"))
                    .body("areas.count.sum()", equalTo(793));
        }
    }

    @Nested
    class GeoJsonOutput {

        @Test
        void wardsWithBoundariesComeAsPolygons() {
            Fixtures.sussexJanuary();
            given().auth().oauth2(ANALYST).accept("application/geo+json").queryParam("level", "WARD")
                    .queryParam("from", "2025-01").queryParam("to", "2025-01").queryParam("within", "E07000062")
                    .when().get(HOTSPOTS)
                    .then().statusCode(200)
                    .contentType("application/geo+json")
                    .body("type", equalTo("FeatureCollection"))
                    .body("level", equalTo("WARD"))
                    .body("features", hasSize(16))
                    .body("features[0].id", equalTo("E05011204"))
                    .body("features.geometry.type", everyItem(oneOf("Polygon", "MultiPolygon")))
                    .body("monthsInWindow", equalTo(1))
                    .body("rateBasis", equalTo("PER_1000_PER_YEAR"))
                    .body("features[0].properties.count", equalTo(180))
                    .body("features[0].properties.ratePer1000PerYear", equalTo(314.09f))
                    .body("features[0].properties.rag", equalTo("RED"));
        }

        @Test
        void areasWithoutBoundariesComeAsCentroids() {
            Fixtures.Hierarchy h = scenario();
            report("LSOA", h).accept("application/geo+json").when().get(HOTSPOTS)
                    .then().statusCode(200)
                    .body("features[0].geometry.type", equalTo("Point"))
                    .body("features[0].geometry.coordinates", equalTo(List.of(0.31f, 50.91f)))
                    .body("features[0].properties.ratePer1000InWindow", equalTo(95.0f))
                    .body("features[0].properties.ratePer1000PerYear", equalTo(570.0f));
        }
    }

    @Nested
    class BadInput {

        void rejected(Map<String, ?> params, String field, String message) {
            given().auth().oauth2(ANALYST).queryParams(params).when().get(HOTSPOTS)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo(field))
                    .body("violations[0].message", containsString(message));
        }

        @Test
        void badParametersAreNamed() {
            rejected(Map.of("level", "COUNTY", "from", "2025-01", "to", "2025-02"), "level", "LSOA, WARD, DISTRICT");
            rejected(Map.of("from", "2025-01", "to", "2025-02"), "level", "LSOA, WARD, DISTRICT");
            rejected(Map.of("level", "WARD", "from", "2025-13", "to", "2025-12"), "from", "not a month");
            rejected(Map.of("level", "WARD", "from", "2025-01", "to", "2025/12"), "to", "YYYY-MM");
            rejected(Map.of("level", "WARD", "to", "2025-12"), "from", "required");
            rejected(Map.of("level", "WARD", "from", "2025-06", "to", "2025-01"), "from", "must not be after to");
            rejected(Map.of("level", "WARD", "from", "2025-01", "to", "2025-02", "within", "E99999999"), "within", "no area has code");
            rejected(Map.of("level", "WARD", "from", "2025-01", "to", "2025-02", "crimeType", "Burglery"), "crimeType", "Burglary");
            rejected(Map.of("level", "WARD", "from", "2000-01", "to", "2025-02"), "to", "at most 120 months");
        }

        @Test
        void withinMustBeAtOrAboveTheLevel() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            rejected(Map.of("level", "WARD", "from", "2025-01", "to", "2025-02", "within", h.l1()), "within",
                    "a WARD report cannot be within a LSOA");
        }
    }

    @Nested
    class Access {

        @Test
        void noTokenIs401() {
            given().queryParam("level", "WARD").queryParam("from", "2025-01").queryParam("to", "2025-01")
                    .when().get(HOTSPOTS).then().statusCode(401).contentType("application/problem+json");
        }

        @Test
        void readRolesSeeReportsOthersAre403() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            for (String role : new String[] {"analyst", "coordinator", "admin"}) {
                given().auth().oauth2(TestTokens.forRole(role)).queryParam("level", "WARD").queryParam("from", "2025-01")
                        .queryParam("to", "2025-01").queryParam("within", h.county())
                        .when().get(HOTSPOTS).then().statusCode(200).body("areas.code", hasItem(h.w1()));
            }
            for (String role : new String[] {"officer", "partner-system", "auditor"}) {
                given().auth().oauth2(TestTokens.forRole(role)).queryParam("level", "WARD").queryParam("from", "2025-01")
                        .queryParam("to", "2025-01").when().get(HOTSPOTS).then().statusCode(403);
            }
        }
    }
}
