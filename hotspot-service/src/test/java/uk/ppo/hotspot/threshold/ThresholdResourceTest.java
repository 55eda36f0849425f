package uk.ppo.hotspot.threshold;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.hotspot.Fixtures;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.ppo.hotspot.Fixtures.ADMIN;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class ThresholdResourceTest {

    static final String THRESHOLDS = "/api/v1/hotspots/thresholds";

    @Test
    void adminsSetAndChangeAPartnershipsThresholdsAndEveryReaderSeesThem() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("redFrom", 120, "amberFrom", 60.5))
                .when().put(THRESHOLDS + "/{code}", h.county())
                .then().statusCode(201).body("redFrom", equalTo(120)).body("updatedBy", equalTo("ada.admin"))
                .body("rateBasis", equalTo("PER_1000_PER_YEAR"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("redFrom", 100, "amberFrom", 60.5))
                .when().put(THRESHOLDS + "/{code}", h.county())
                .then().statusCode(200).body("redFrom", equalTo(100)).body("version", equalTo(1));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("redFrom", 45, "amberFrom", 25, "rateBasis", "PER_1000_FOR_WINDOW"))
                .when().put(THRESHOLDS + "/{code}", h.county())
                .then().statusCode(200).body("redFrom", equalTo(45)).body("rateBasis", equalTo("PER_1000_FOR_WINDOW"))
                .body("version", equalTo(2));
        for (String role : new String[] {"analyst", "coordinator"}) {
            given().auth().oauth2(TestTokens.forRole(role)).when().get(THRESHOLDS)
                    .then().statusCode(200)
                    .body("defaults.redFrom", equalTo(90))
                    .body("defaults.amberFrom", equalTo(50))
                    .body("defaults.rateBasis", equalTo("PER_1000_PER_YEAR"))
                    .body("partnerships.partnershipCode", hasItem(h.county()))
                    .body("partnerships.find { it.partnershipCode == '" + h.county() + "' }.rateBasis",
                            equalTo("PER_1000_FOR_WINDOW"));
        }
    }

    @Test
    void invalidThresholdsAndAreasAreRefused() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("redFrom", 40, "amberFrom", 50))
                .when().put(THRESHOLDS + "/{code}", h.district())
                .then().statusCode(400).body("violations[0].field", equalTo("redFrom"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("redFrom", 90, "amberFrom", -1))
                .when().put(THRESHOLDS + "/{code}", h.district())
                .then().statusCode(400).body("violations[0].field", equalTo("amberFrom"));
        for (Object basis : new Object[] {"PER_1000_PER_MONTH", "per year", 12}) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("redFrom", 90, "amberFrom", 50, "rateBasis", basis))
                    .when().put(THRESHOLDS + "/{code}", h.district())
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("rateBasis"));
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("redFrom", 90, "amberFrom", 50))
                .when().put(THRESHOLDS + "/{code}", h.w1())
                .then().statusCode(400).body("violations[0].field", equalTo("partnershipCode"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("redFrom", 90, "amberFrom", 50))
                .when().put(THRESHOLDS + "/{code}", Fixtures.code())
                .then().statusCode(404);
        given().auth().oauth2(ADMIN).when().delete(THRESHOLDS + "/{code}", h.district()).then().statusCode(404);
    }

    @Test
    void jsonBodiesOverOneMegabyteAreRefused() {
        String big = "{\"redFrom\": 90, \"amberFrom\": 50, \"padding\": \"" + "x".repeat(1_100_000) + "\"}";
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(big)
                .when().put(THRESHOLDS + "/{code}", "E10000011")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void onlyAdminsSetThresholds() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        for (String role : new String[] {"analyst", "coordinator", "partner-system"}) {
            given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                    .body(Map.of("redFrom", 90, "amberFrom", 50))
                    .when().put(THRESHOLDS + "/{code}", h.district()).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.forRole("officer")).when().get(THRESHOLDS).then().statusCode(403);
        given().when().get(THRESHOLDS).then().statusCode(401);
    }
}
