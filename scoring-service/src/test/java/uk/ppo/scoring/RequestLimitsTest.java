package uk.ppo.scoring;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The limits the API document states are the ones the service refuses: 400 problem+json naming the field, nothing stored. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "scoring"))
@QuarkusTestResource(OidcTestResource.class)
class RequestLimitsTest {

    private static final String MATRICES = "/api/v1/scoring/matrices";
    private static final String ADMIN = TestTokens.user("ada.admin").roles("admin").agency("council").token();

    private static Map<String, Object> draft(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("lookBackMonths", 12);
        return body;
    }

    private static String freshName() {
        return "Limits " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private static void notListed(String name) {
        given().auth().oauth2(ADMIN).queryParam("size", 500).when().get(MATRICES)
                .then().statusCode(200).body("items.name", not(hasItem(name)));
    }

    @Test
    void aBandEndPastAHundredYearsIsRefusedAndNothingIsDrafted() {
        String name = freshName();
        Map<String, Object> body = draft(name);
        Map<String, Object> closed = new HashMap<>(Map.of("from", 0, "to", 36_501, "points", 5));
        Map<String, Object> open = new HashMap<>(Map.of("from", 36_502, "points", 1));
        body.put("intelligenceBands", List.of(closed, open));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post(MATRICES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("intelligenceBands[0].to"));
        notListed(name);
    }

    @Test
    void pointsAndWeightsOverTheirMaximumAreRefusedAndNothingIsDrafted() {
        String name = freshName();
        Map<String, Object> body = draft(name);
        body.put("oasysPoints", 1001);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post(MATRICES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("oasysPoints"));
        body.remove("oasysPoints");
        body.put("statusWeights", Map.of("CONVICTED", 11));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post(MATRICES)
                .then().statusCode(400).body("violations[0].field", equalTo("statusWeights.CONVICTED"));
        notListed(name);
    }

    @Test
    void anOverlongIfMatchIsRefusedAndTheDraftIsUnchanged() {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(draft(freshName()))
                .when().post(MATRICES).then().statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "W/\"" + "0".repeat(30) + "\"")
                .body(draft("Renamed " + freshName()))
                .when().put(MATRICES + "/{id}", id)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("If-Match"));
        given().auth().oauth2(ADMIN).when().get(MATRICES + "/{id}", id)
                .then().statusCode(200).body("version", equalTo(0)).body("name", startsWith("Limits "));
    }

    @Test
    void pagesAndAuditUsernamesHaveTheirLimits() {
        given().auth().oauth2(ADMIN).queryParam("page", 1_000_001).when().get(MATRICES)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("page"));
        given().auth().oauth2(TestTokens.forRole("auditor")).queryParam("user", "u".repeat(121))
                .when().get("/api/v1/scoring/audit")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("user"));
    }
}
