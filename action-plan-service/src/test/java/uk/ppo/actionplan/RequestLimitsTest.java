package uk.ppo.actionplan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.Collections;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.action;
import static uk.ppo.actionplan.Fixtures.plan;
import static uk.ppo.actionplan.Fixtures.priority;

/**
 * The limits the API document states on what a caller sends are the ones the service refuses: one over is a 400
 * problem naming the field, and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class RequestLimitsTest {

    @Test
    void anActionCostingMoreThanOneHundredMillionPoundsIsRefusedAndNotStored() {
        String plan = plan();
        priority(plan, "AR", "Reducing adult re-offending");
        Map<String, Object> over = action("AR", "AR1");
        over.put("cost", Map.of("amountPence", 10_000_000_001L));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(over).post("/api/v1/plans/{id}/actions", plan)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("cost.amountPence"));
        given().auth().oauth2(ANALYST).get("/api/v1/plans/{id}/actions", plan).then().statusCode(200).body("total", equalTo(0));

        Map<String, Object> atTheLimit = action("AR", "AR1");
        atTheLimit.put("cost", Map.of("amountPence", 10_000_000_000L));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(atTheLimit).post("/api/v1/plans/{id}/actions", plan)
                .then().statusCode(201).body("cost.amountPence", equalTo(10_000_000_000L));
    }

    @Test
    void parametersAndHeadersOverTheirLimitsAreRefusedByName() {
        given().auth().oauth2(ANALYST).queryParam("page", PageRequest.MAX_PAGE + 1).get("/api/v1/plans")
                .then().statusCode(400).body("violations.field", hasItem("page"));
        given().auth().oauth2(ANALYST).queryParam("page", PageRequest.MAX_PAGE).get("/api/v1/plans").then().statusCode(200);
        String plan = plan();
        given().auth().oauth2(ANALYST).queryParam("priorityCode", "ABCDEFGHIJK").get("/api/v1/plans/{id}/actions", plan)
                .then().statusCode(400).body("violations.field", hasItem("priorityCode"));
        given().auth().oauth2(COORDINATOR).header("X-Purpose", String.join("", Collections.nCopies(201, "x"))).get("/api/v1/ppo-plans")
                .then().statusCode(400).body("violations.field", hasItem("X-Purpose"));
        // an ETag of 18 digits in W/"..." is 22 characters; one more is refused before the version is looked at
        given().auth().oauth2(ADMIN).header("If-Match", "W/\"0000000000000000000\"").post("/api/v1/plans/{id}/approve", plan)
                .then().statusCode(400).body("violations.field", hasItem("If-Match"));
        given().auth().oauth2(ANALYST).get("/api/v1/plans/{id}", plan).then().statusCode(200).body("status", equalTo("DRAFT"));
    }
}
