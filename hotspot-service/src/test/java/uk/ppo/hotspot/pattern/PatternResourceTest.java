package uk.ppo.hotspot.pattern;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.ppo.hotspot.Fixtures.ANALYST;
import static uk.ppo.hotspot.Fixtures.PARTNER;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class PatternResourceTest {

    static final String PATTERNS = "/api/v1/hotspots/patterns";

    static void push(String lsoa, String at) {
        String ref = "P-" + Fixtures.code();
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON)
                .body(Map.of("reference", ref, "occurredAt", at, "crimeType", "Anti-social behaviour", "lsoaCode", lsoa))
                .when().put("/api/v1/incidents/partner/{ref}", ref).then().statusCode(201);
    }

    @Test
    void monthlySeasonalAndNightTimeProfilesOfAnArea() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        List<String> rows = new ArrayList<>();
        rows.addAll(Fixtures.crimes(6, "2023-07", h.l1(), "Burglary"));
        rows.addAll(Fixtures.crimes(2, "2023-08", h.l3(), "Burglary"));
        rows.addAll(Fixtures.crimes(4, "2023-08", h.l3(), "Drugs"));
        Fixtures.importCsv(Fixtures.csv(rows), "text/csv").then().statusCode(200);
        push(h.l1(), "2023-07-07T21:30:00Z"); // Friday 22:30 BST
        push(h.l1(), "2023-07-08T01:15:00Z"); // Saturday 02:15 BST
        push(h.l2(), "2023-07-10T11:00:00Z"); // Monday 12:00 BST

        given().auth().oauth2(ANALYST).queryParam("area", h.district()).queryParam("from", "2023-06")
                .queryParam("to", "2023-09")
                .when().get(PATTERNS)
                .then().statusCode(200)
                .body("area", equalTo(h.district()))
                .body("monthly.month", equalTo(List.of("2023-06", "2023-07", "2023-08", "2023-09")))
                .body("monthly.count", equalTo(List.of(0, 9, 6, 0)))
                .body("seasonal", hasSize(4))
                .body("seasonal[1].month", equalTo("JULY"))
                .body("seasonal[1].index", equalTo(2.4f))
                .body("timedIncidents", equalTo(3))
                .body("nightTimeShare", equalTo(66.67f))
                .body("hourOfWeek[0].day", equalTo("MONDAY"))
                .body("hourOfWeek[0].hour", equalTo(12))
                .body("hourOfWeek[1].day", equalTo("FRIDAY"))
                .body("hourOfWeek[1].hour", equalTo(22));

        given().auth().oauth2(ANALYST).queryParam("area", h.w2()).queryParam("from", "2023-08")
                .queryParam("to", "2023-08").queryParam("crimeType", "Drugs")
                .when().get(PATTERNS)
                .then().statusCode(200)
                .body("crimeTypes", equalTo(List.of("Drugs")))
                .body("monthly[0].count", equalTo(4))
                .body("nightTimeShare", org.hamcrest.Matchers.nullValue());

        // for a map: the area (here its centroid: no boundary loaded) with the patterns as properties
        given().auth().oauth2(ANALYST).accept("application/geo+json").queryParam("area", h.district())
                .queryParam("from", "2023-06").queryParam("to", "2023-09")
                .when().get(PATTERNS)
                .then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(1))
                .body("features[0].id", equalTo(h.district()))
                .body("features[0].geometry.coordinates", equalTo(List.of(0.3f, 50.9f)))
                .body("features[0].properties.monthly.count", equalTo(List.of(0, 9, 6, 0)))
                .body("features[0].properties.nightTimeShare", equalTo(66.67f));
    }

    @Test
    void badInputIsNamedAndAccessIsForReaders() {
        given().auth().oauth2(ANALYST).queryParam("from", "2023-01").queryParam("to", "2023-02")
                .when().get(PATTERNS).then().statusCode(400).body("violations[0].field", equalTo("area"));
        given().auth().oauth2(ANALYST).queryParam("area", "E99999999").queryParam("from", "2023-01").queryParam("to", "2023-02")
                .when().get(PATTERNS).then().statusCode(400).body("violations[0].field", equalTo("area"));
        given().auth().oauth2(ANALYST).queryParam("area", "E07000062").queryParam("from", "2023-03").queryParam("to", "2023-02")
                .when().get(PATTERNS).then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().queryParam("area", "E07000062").when().get(PATTERNS).then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("officer")).queryParam("area", "E07000062")
                .when().get(PATTERNS).then().statusCode(403);
    }
}
