package uk.ppo.actionplan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.action;
import static uk.ppo.actionplan.Fixtures.fresh;
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
    void aDeliveryPlanWithMoreThanAHundredActivitiesIsRefusedAndNotStored() {
        String partnership = fresh("Limits");
        Map<String, Object> body = new HashMap<>();
        body.put("indicator", "NI 30");
        body.put("title", "Re-offending rate of prolific and other priority offenders");
        body.put("partnership", partnership);
        body.put("definition", "Proven offences of the fixed cohort in the follow-up year against the baseline year");
        body.put("baseline", 273);
        body.put("baselinePeriod", "1 October 2007 to 30 September 2008");
        body.put("indicatorLead", "Head of Community Safety");
        body.put("statutoryPartners", List.of("Police", "Probation", "Council"));
        body.put("targets", List.of(Map.of("financialYear", "2009/10", "reductionPercent", 22)));
        body.put("activities", IntStream.rangeClosed(1, 101).mapToObj(i -> Map.of("activity", "Activity " + i)).toList());
        int before = given().auth().oauth2(ANALYST).queryParam("size", 500).get("/api/v1/delivery-plans").then().extract().path("total");

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/v1/delivery-plans")
                .then().statusCode(400).body("violations.field", hasItem("activities"));
        body.put("activities", List.of(Map.of("activity", "Monthly case conferences")));
        body.put("baseline", 1_000_001);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/v1/delivery-plans")
                .then().statusCode(400).body("violations.field", hasItem("baseline"));
        given().auth().oauth2(ANALYST).get("/api/v1/delivery-plans").then().body("total", equalTo(before));
    }

    @Test
    void parametersAndHeadersOverTheirLimitsAreRefusedByName() {
        given().auth().oauth2(ANALYST).queryParam("page", 4_294_968).get("/api/v1/plans")
                .then().statusCode(400).body("violations.field", hasItem("page"));
        given().auth().oauth2(ANALYST).queryParam("page", 4_294_967).get("/api/v1/plans").then().statusCode(200);
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
