package uk.ppo.hotspot;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.hotspot.incident.CrimeTypes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.ppo.hotspot.Fixtures.ADMIN;
import static uk.ppo.hotspot.Fixtures.ANALYST;
import static uk.ppo.hotspot.Fixtures.PARTNER;

/** The limits the API document states are the ones the service refuses: 400 problem+json naming the field, nothing stored. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class RequestLimitsTest {

    @Test
    void anIncidentWithATooLongCrimeTypeIsRefusedAndNotStored() {
        String ref = "INC-" + Fixtures.code();
        Map<String, Object> body = new HashMap<>();
        body.put("reference", ref);
        body.put("occurredAt", "2025-07-12T22:40:00Z");
        body.put("crimeType", "x".repeat(CrimeTypes.MAX_LENGTH + 1));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/incidents/partner/{reference}", ref)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("crimeType"));
        given().auth().oauth2(PARTNER).when().get("/api/v1/incidents/partner/{reference}", ref).then().statusCode(404);
        given().auth().oauth2(PARTNER).when().get("/api/v1/incidents/partner/{reference}", "R".repeat(61))
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("reference"));
    }

    @Test
    void anAreaOverTheLimitsIsRefusedAndNotStored() {
        String code = Fixtures.code();
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Too populous");
        body.put("type", "COUNTY");
        body.put("population", 100_000_001);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/areas")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("population"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/areas/{code}", code).then().statusCode(404);
        given().auth().oauth2(ANALYST).queryParam("q", "x".repeat(201)).when().get("/api/v1/areas")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("q"));
        given().auth().oauth2(ANALYST).queryParam("page", 1_000_001).when().get("/api/v1/areas")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
    }

    @Test
    void moreCrimeTypesThanThereAreIsRefused() {
        List<String> types = new ArrayList<>(CrimeTypes.ALL);
        types.add(CrimeTypes.ANTI_SOCIAL_BEHAVIOUR);
        given().auth().oauth2(ANALYST).queryParam("level", "DISTRICT").queryParam("from", "2025-01").queryParam("to", "2025-01")
                .queryParam("crimeType", types)
                .when().get("/api/v1/hotspots")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("crimeType"));
        String name = "Limits " + Fixtures.code();
        Map<String, Object> snapshot = new HashMap<>();
        snapshot.put("name", name);
        snapshot.put("level", "DISTRICT");
        snapshot.put("from", "2025-01");
        snapshot.put("to", "2025-01");
        snapshot.put("crimeTypes", types);
        given().auth().oauth2(ANALYST).contentType(ContentType.JSON).body(snapshot)
                .when().post("/api/v1/hotspots/snapshots")
                .then().statusCode(400).body("violations[0].field", equalTo("crimeTypes"));
        snapshot.put("crimeTypes", List.of(CrimeTypes.ANTI_SOCIAL_BEHAVIOUR));
        snapshot.put("from", "2025-01-01");
        given().auth().oauth2(ANALYST).contentType(ContentType.JSON).body(snapshot)
                .when().post("/api/v1/hotspots/snapshots")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(ANALYST).queryParam("size", 500).when().get("/api/v1/hotspots/snapshots")
                .then().statusCode(200).body("items.name", not(hasItem(name)));
    }

    @Test
    void aMonthLongerThanYyyyMmIsRefused() {
        given().auth().oauth2(ANALYST).queryParam("from", "2025-01-01").queryParam("to", "2025-01")
                .when().get("/api/v1/incidents/unmatched")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("from"));
    }
}
