package uk.ppo.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

/** The foundation's contract, end to end: real Keycloak tokens, through the gateway, to every service. */
@ExtendWith(RunningSuite.class)
class SuiteIT {

    @Test
    void aCoordinatorsPasswordGrantTokenOpensTheSchemesThroughTheGateway() {
        given().auth().oauth2(RunningSuite.tokenFor("cora.coordinator"))
                .when().get("/api/v1/schemes")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("X-Request-Id", notNullValue())
                .body("items.code", hasItems("HASTINGS", "EASTBOURNE", "THURROCK"));
    }

    @Test
    void theRealmPutsAgencyAndAudienceInTheToken() {
        String token = RunningSuite.tokenFor("maya.manager");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertTrue(payload.contains("\"agency\":\"probation\""), payload);
        assertTrue(payload.contains("\"ppo-api\""), payload);
        assertTrue(payload.contains("\"offender-manager\""), payload);
    }

    @Test
    void noTokenIs401ProblemFromTheGateway() {
        given().when().get("/api/v1/schemes")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void aRoleWithoutAccessIs403Problem() {
        given().auth().oauth2(RunningSuite.tokenFor("oscar.officer"))
                .when().get("/api/v1/schemes")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anAdminCreatesASchemeAndACoordinatorCannot() {
        String code = "SYS" + ThreadLocalRandom.current().nextInt(100_000);
        Map<String, String> body = Map.of("code", code, "name", code + " scheme", "district", "Rother", "county", "East Sussex");
        given().auth().oauth2(RunningSuite.tokenFor("ada.admin")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/schemes")
                .then().statusCode(201).body("code", equalTo(code));
        given().auth().oauth2(RunningSuite.tokenFor("cora.coordinator")).contentType(ContentType.JSON)
                .body(Map.of("code", code + "X", "name", "n", "district", "d"))
                .when().post("/api/v1/schemes")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(RunningSuite.tokenFor("cora.coordinator")).queryParam("size", 500)
                .when().get("/api/v1/schemes")
                .then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void aPartnerSystemsClientCredentialsTokenIsAccepted() {
        given().auth().oauth2(RunningSuite.clientToken("police-system", "police-system-local-secret"))
                .when().get("/api/v1/schemes")
                .then().statusCode(200);
    }

    @Test
    void everyServiceAnswersThroughTheGateway() {
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        given().auth().oauth2(coordinator).when().get("/api/v1/scoring/matrices")
                .then().statusCode(200).body("items.versionNumber", hasItem(1));
        given().auth().oauth2(RunningSuite.tokenFor("ann.analyst")).queryParam("type", "COUNTY").when().get("/api/v1/areas")
                .then().statusCode(200).body("items.code", hasItem("E10000011"));
        given().auth().oauth2(coordinator).when().get("/api/v1/plans")
                .then().statusCode(200).body("items.financialYear", hasItem("2010/11"));
    }

    @Test
    void oneSwaggerUiListsEveryServicesApi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/openapi/offender").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/schemes"));
        given().when().get("/openapi/scoring").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/scoring/matrices"));
        given().when().get("/openapi/hotspot").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/areas"));
        given().when().get("/openapi/action-plan").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/plans"));
    }

    @Test
    void aStoppedServiceIs503ProblemNotAHangAndComesBack() {
        String token = RunningSuite.tokenFor("cora.coordinator");
        SuiteControl suite = RunningSuite.suite();
        suite.stopService(Suite.Service.ACTION_PLAN);
        try {
            given().auth().oauth2(token)
                    .when().get("/api/v1/plans")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("detail", containsString("action-plan"))
                    .time(lessThan(Duration.ofSeconds(5).toMillis()));
            // the other services are unaffected
            given().auth().oauth2(token).when().get("/api/v1/schemes").then().statusCode(200);
        } finally {
            suite.restartService(Suite.Service.ACTION_PLAN);
        }
        given().auth().oauth2(token).when().get("/api/v1/plans").then().statusCode(200);
    }
}
