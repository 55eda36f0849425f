package uk.ppo.hotspot.area;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.hotspot.Fixtures;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static uk.ppo.hotspot.Fixtures.ADMIN;
import static uk.ppo.hotspot.Fixtures.ANALYST;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class AreaImportTest {

    static final String HEADER = "code,name,type,parent_code,population,latitude,longitude\n";

    static io.restassured.response.ValidatableResponse post(String csv, String token) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv)
                .when().post("/api/v1/areas/import").then();
    }

    @Test
    void theEastSussexHierarchyImportsAndReimportIsUnchanged() {
        Fixtures.eastSussex();
        post(new String(Fixtures.resource("sample/areas-east-sussex.csv")), ADMIN).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(446));
        given().auth().oauth2(ANALYST).when().get("/api/v1/areas/E07000062")
                .then().statusCode(200).body("population", equalTo(90990)).body("parentCode", equalTo("E10000011"));
        given().auth().oauth2(ANALYST).queryParam("parentCode", "E07000062").queryParam("type", "WARD")
                .queryParam("size", 100).when().get("/api/v1/areas")
                .then().statusCode(200).body("total", equalTo(16)).body("items.parentCode", everyItem(equalTo("E07000062")));
        given().auth().oauth2(ANALYST).queryParam("q", "chailey").when().get("/api/v1/areas")
                .then().statusCode(200).body("items.name", hasItem(containsString("Chailey")));
    }

    @Test
    void reimportUpdatesPopulationsAndKeepsIncidents() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        Fixtures.importCsv(Fixtures.csv(Fixtures.crimes(4, "2042-01", h.l1(), "Burglary")), "text/csv").then().statusCode(200);
        post(HEADER + h.l1() + ",Lsoa one renamed,LSOA," + h.w1() + ",2000,50.91,0.31\n", ADMIN).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1));
        given().auth().oauth2(ANALYST).queryParam("level", "LSOA").queryParam("from", "2042-01").queryParam("to", "2042-01")
                .queryParam("within", h.w1()).when().get("/api/v1/hotspots")
                .then().statusCode(200)
                .body("areas.find { it.code == '" + h.l1() + "' }.count", equalTo(4))
                .body("areas.find { it.code == '" + h.l1() + "' }.population", equalTo(2000))
                .body("areas.find { it.code == '" + h.l1() + "' }.name", equalTo("Lsoa one renamed"))
                .body("areas.find { it.code == '" + h.l1() + "' }.ratePer1000InWindow", equalTo(2.0f))
                .body("areas.find { it.code == '" + h.l1() + "' }.ratePer1000PerYear", equalTo(24.0f));
    }

    @Test
    void childrenMayComeBeforeTheirParentsInTheFile() {
        String c = Fixtures.code();
        String d = Fixtures.code();
        post(HEADER + d + ",D,DISTRICT," + c + ",10,,\n" + c + ",C,COUNTY,,10,,\n", ADMIN).statusCode(200)
                .body("created", equalTo(2));
    }

    @Test
    void badRowsAreNamedAndNothingIsStored() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        String fresh = Fixtures.code();
        String unknown = Fixtures.code();
        post(HEADER
                + fresh + ",Fine,WARD," + h.district() + ",10,50,0\n"
                + Fixtures.code() + ",Orphan,WARD," + unknown + ",10,50,0\n"
                + Fixtures.code() + ",Negative,LSOA," + h.w1() + ",-5,50,0\n"
                + Fixtures.code() + ",Wrong level,LSOA," + h.district() + ",5,50,0\n"
                + h.l1() + ",Now a ward,WARD," + h.district() + ",5,50,0\n"
                + Fixtures.code() + ",Far north,LSOA," + h.w1() + ",5,95,0\n"
                + Fixtures.code() + ",City,CITY,,5,50,0\n", ADMIN)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("population", "latitude", "type")))
                .body("violations[0].message", equalTo("line 4: must not be negative"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/areas/" + fresh).then().statusCode(404);

        post(HEADER
                + fresh + ",Fine,WARD," + h.district() + ",10,50,0\n"
                + Fixtures.code() + ",Orphan,WARD," + unknown + ",10,50,0\n"
                + Fixtures.code() + ",Wrong level,LSOA," + h.district() + ",5,50,0\n"
                + h.l1() + ",Now a ward,WARD," + h.district() + ",5,50,0\n"
                + fresh + ",Twice,WARD," + h.district() + ",10,50,0\n", ADMIN)
                .statusCode(400)
                .body("violations.field", equalTo(List.of("code", "parent_code", "parent_code", "type")))
                .body("violations[1].message", equalTo("line 3: no area has code " + unknown))
                .body("violations[2].message", containsString("must be a WARD, not a DISTRICT"))
                .body("violations[3].message", containsString("is a LSOA and cannot become a WARD"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/areas/" + fresh).then().statusCode(404);

        post("code,name\n", ADMIN).statusCode(400).body("violations[0].field", equalTo("header"));
    }

    @Test
    void cyclesAreFound() {
        java.util.Map<String, String> parents = new java.util.HashMap<>();
        parents.put("A", "B");
        parents.put("B", "C");
        parents.put("C", "A");
        parents.put("D", "A");
        parents.put("E", null);
        org.junit.jupiter.api.Assertions.assertTrue(AreaCsv.inCycle("A", parents));
        org.junit.jupiter.api.Assertions.assertTrue(AreaCsv.inCycle("D", parents));
        org.junit.jupiter.api.Assertions.assertFalse(AreaCsv.inCycle("E", parents));
    }

    @Test
    void onlyAdminsImportAreasAndBoundaries() {
        for (String role : new String[] {"analyst", "coordinator", "partner-system"}) {
            post(HEADER, TestTokens.forRole(role)).statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).contentType("application/geo+json")
                    .body("{\"type\":\"FeatureCollection\",\"features\":[]}")
                    .when().put("/api/v1/areas/boundaries").then().statusCode(403);
        }
        given().contentType("text/csv").body(HEADER).when().post("/api/v1/areas/import").then().statusCode(401);
    }

    @Test
    void boundariesNeedKnownAreasAndPolygons() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[0.3,50.9],[0.32,50.9],[0.32,50.92],[0.3,50.9]]]}";
        given().auth().oauth2(ADMIN).contentType("application/geo+json")
                .body("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\""
                        + h.l1() + "\"},\"geometry\":" + polygon + "}]}")
                .when().put("/api/v1/areas/boundaries")
                .then().statusCode(200).body("stored", equalTo(1));
        given().auth().oauth2(ADMIN).contentType("application/geo+json")
                .body("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"LSOA21CD\":\""
                        + Fixtures.code() + "\"},\"geometry\":" + polygon + "},{\"type\":\"Feature\",\"properties\":{\"code\":\""
                        + h.l2() + "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[0.3,50.9]}}]}")
                .when().put("/api/v1/areas/boundaries")
                .then().statusCode(400)
                .body("violations", hasSize(2))
                .body("violations[0].field", equalTo("features[0].properties"))
                .body("violations[1].message", equalTo("must be a Polygon or MultiPolygon"));
        given().auth().oauth2(ADMIN).contentType("application/geo+json").body("{\"type\":\"Feature\"}")
                .when().put("/api/v1/areas/boundaries").then().statusCode(400).body("violations[0].field", equalTo("type"));
    }
}
