package uk.ppo.actionplan.action;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.OFFENDER_MANAGER;
import static uk.ppo.actionplan.Fixtures.OFFICER;
import static uk.ppo.actionplan.Fixtures.PARTNER;
import static uk.ppo.actionplan.Fixtures.action;
import static uk.ppo.actionplan.Fixtures.plan;
import static uk.ppo.actionplan.Fixtures.priority;
import static uk.ppo.actionplan.Fixtures.version;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class ActionResourceTest {

    private static final String PRIORITIES = "/api/v1/plans/{id}/priorities";
    private static final String ACTIONS = "/api/v1/plans/{id}/actions";
    private static final String ACTION = "/api/v1/actions/{id}";

    private static int actionCount(String plan) {
        return given().auth().oauth2(ANALYST).get(ACTIONS, plan).then().statusCode(200).extract().path("total");
    }

    @Nested
    class Priorities {

        @Test
        void aCoordinatorAddsPrioritiesThatEveryPlanReaderSees() {
            String plan = plan();
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("code", "AR", "title", "Reducing adult re-offending",
                            "whatAndWhy", "PPOs commit a disproportionate share of crime", "outcomes", "NI 30 down 22%",
                            "hotspots", "Hastings town centre"))
                    .when().post(PRIORITIES, plan)
                    .then().statusCode(201)
                    .body("code", equalTo("AR")).body("createdBy", equalTo("cora.coordinator"));
            priority(plan, "R/L", "Alcohol harm");
            for (String token : new String[] {ANALYST, PARTNER, OFFENDER_MANAGER, ADMIN}) {
                given().auth().oauth2(token).get(PRIORITIES, plan).then().statusCode(200)
                        .body("code", contains("AR", "R/L"))
                        .body("[0].hotspots", equalTo("Hastings town centre"));
            }
            assertEquals(2, version("/api/v1/plans/{id}", plan), "each priority moves the plan's version on");
        }

        @Test
        void aDuplicateCodeIsA409AndABadCodeA400() {
            String plan = plan();
            priority(plan, "AR", "Reducing adult re-offending");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("code", "AR", "title", "Again"))
                    .post(PRIORITIES, plan).then().statusCode(409).body("violations[0].field", equalTo("code"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("code", "ar1", "title", " "))
                    .post(PRIORITIES, plan).then().statusCode(400)
                    .body("violations.field", hasItem("code")).body("violations.field", hasItem("title"));
            given().auth().oauth2(ANALYST).get(PRIORITIES, plan).then().body("size()", equalTo(1));
        }

        @Test
        void readersCannotAddAndUnknownPlansAre404() {
            String plan = plan();
            for (String token : new String[] {ANALYST, PARTNER, OFFENDER_MANAGER}) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", "AR", "title", "x"))
                        .post(PRIORITIES, plan).then().statusCode(403);
            }
            given().contentType(ContentType.JSON).body(Map.of("code", "AR", "title", "x"))
                    .post(PRIORITIES, plan).then().statusCode(401);
            given().auth().oauth2(OFFICER).get(PRIORITIES, plan).then().statusCode(403);
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("code", "AR", "title", "x"))
                    .post(PRIORITIES, UUID.randomUUID()).then().statusCode(404);
            given().auth().oauth2(ANALYST).get(PRIORITIES, UUID.randomUUID()).then().statusCode(404);
        }
    }

    @Nested
    class Create {

        @Test
        void anActionIsAddedUnderItsPriorityWithLeadCostAndDueDate() {
            String plan = plan();
            priority(plan, "AR", "Reducing adult re-offending");
            Map<String, Object> body = action("AR", "AR1");
            body.put("cost", Map.of("amountPence", 50000));
            String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                    .when().post(ACTIONS, plan)
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/actions/"))
                    .header("ETag", "\"0\"")
                    .body("code", equalTo("AR1"))
                    .body("priorityCode", equalTo("AR"))
                    .body("lead.organisation", equalTo("Probation"))
                    .body("lead.reportingOfficer", equalTo("Head of Offender Management"))
                    .body("cost.amountPence", equalTo(50000))
                    .body("cost.note", nullValue())
                    .body("completionDue", equalTo("2011-03-31"))
                    .body("status", equalTo("OPEN"))
                    .extract().path("id");

            given().auth().oauth2(PARTNER).get(ACTION, id).then().statusCode(200)
                    .header("ETag", "\"0\"").body("text", equalTo("Action AR1"));
            given().auth().oauth2(ANALYST).queryParam("priorityCode", "AR").get(ACTIONS, plan).then().statusCode(200)
                    .body("items.code", contains("AR1")).body("total", equalTo(1));
            given().auth().oauth2(ANALYST).queryParam("priorityCode", "CH").get(ACTIONS, plan).then().statusCode(200)
                    .body("total", equalTo(0));
        }

        @Test
        void aDuplicateActionCodeInThePlanIsA409AndNothingIsStored() {
            String plan = plan();
            priority(plan, "AR", "Reducing adult re-offending");
            priority(plan, "CH", "Targeted action in crime hotspots");
            action(plan, "AR", "AR1");
            long planVersion = version("/api/v1/plans/{id}", plan);
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(action("CH", "AR1"))
                    .when().post(ACTIONS, plan)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("code"))
                    .body("detail", containsString("AR1"));
            assertEquals(1, actionCount(plan));
            assertEquals(planVersion, version("/api/v1/plans/{id}", plan), "a refused action leaves the plan as it was");
            // the same code in another plan is fine
            String other = plan();
            priority(other, "AR", "Reducing adult re-offending");
            action(other, "AR", "AR1");
        }

        @Test
        void badFieldsAreNamed() {
            String plan = plan();
            priority(plan, "AR", "Reducing adult re-offending");
            Map<String, Object> body = action("AR", "ar 1");
            body.put("lead", Map.of("organisation", ""));
            body.put("cost", Map.of("amountPence", -5));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                    .post(ACTIONS, plan).then().statusCode(400)
                    .body("violations.field", hasItem("code"))
                    .body("violations.field", hasItem("lead.organisation"))
                    .body("violations.field", hasItem("cost.amountPence"));

            Map<String, Object> both = action("AR", "AR1");
            both.put("cost", Map.of("amountPence", 500, "note", "budget tbc"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(both)
                    .post(ACTIONS, plan).then().statusCode(400).body("violations[0].field", equalTo("cost"));

            Map<String, Object> unknownPriority = action("VC", "VC1");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(unknownPriority)
                    .post(ACTIONS, plan).then().statusCode(400).body("violations[0].field", equalTo("priorityCode"));

            Map<String, Object> early = action("AR", "AR1");
            early.put("completionDue", "2010-03-31");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(early)
                    .post(ACTIONS, plan).then().statusCode(400).body("violations[0].field", equalTo("completionDue"));
            assertEquals(0, actionCount(plan));
        }

        @Test
        void aStaleIfMatchOnThePlanIsA412() {
            String plan = plan();
            priority(plan, "AR", "Reducing adult re-offending");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(action("AR", "AR1"))
                    .post(ACTIONS, plan).then().statusCode(412).body("violations[0].field", equalTo("If-Match"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(action("AR", "AR1"))
                    .post(ACTIONS, plan).then().statusCode(201);
            assertEquals(1, actionCount(plan));
        }

        @Test
        void onlyCoordinatorsAndAdminsAddActions() {
            String plan = plan();
            priority(plan, "AR", "Reducing adult re-offending");
            for (String token : new String[] {ANALYST, PARTNER, OFFENDER_MANAGER, OFFICER}) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(action("AR", "AR1"))
                        .post(ACTIONS, plan).then().statusCode(403);
            }
            given().contentType(ContentType.JSON).body(action("AR", "AR1")).post(ACTIONS, plan).then().statusCode(401);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(action("AR", "AR1"))
                    .post(ACTIONS, plan).then().statusCode(201);
            assertEquals(1, actionCount(plan));
        }
    }

    @Nested
    class Revise {

        @Test
        void anActionIsRevisedWithIfMatchAndAStaleOneIsRefused() {
            String plan = plan();
            priority(plan, "AR", "Reducing adult re-offending");
            String id = action(plan, "AR", "AR1");
            Map<String, Object> body = Map.of("text", "Reworded", "lead", Map.of("organisation", "Police"),
                    "cost", Map.of("note", "budget tbc"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                    .when().put(ACTION, id)
                    .then().statusCode(200).header("ETag", "\"1\"")
                    .body("text", equalTo("Reworded")).body("lead.organisation", equalTo("Police"))
                    .body("cost.note", equalTo("budget tbc")).body("completionDue", nullValue());
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("text", "Lost update", "lead", Map.of("organisation", "Council")))
                    .when().put(ACTION, id)
                    .then().statusCode(412).body("violations[0].field", equalTo("If-Match"));
            given().auth().oauth2(ANALYST).get(ACTION, id).then().body("text", equalTo("Reworded"));
            given().auth().oauth2(ANALYST).contentType(ContentType.JSON).body(body).put(ACTION, id).then().statusCode(403);
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).put(ACTION, UUID.randomUUID())
                    .then().statusCode(404);
        }

        @Test
        void completingTwiceOrInTheFutureIsRefused() {
            String plan = plan();
            priority(plan, "AR", "Reducing adult re-offending");
            String id = action(plan, "AR", "AR1");
            for (String token : new String[] {ANALYST, PARTNER, OFFENDER_MANAGER}) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("on", "2011-01-10"))
                        .post(ACTION + "/complete", id).then().statusCode(403);
            }
            given().contentType(ContentType.JSON).body(Map.of("on", "2011-01-10")).post(ACTION + "/complete", id).then().statusCode(401);
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", "2999-01-01"))
                    .post(ACTION + "/complete", id).then().statusCode(400).body("violations[0].field", equalTo("on"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", "2011-01-10"))
                    .post(ACTION + "/complete", id).then().statusCode(200).body("completedOn", equalTo("2011-01-10"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", "2011-01-11"))
                    .post(ACTION + "/complete", id).then().statusCode(409);
            given().auth().oauth2(ANALYST).get(ACTION, id).then().body("completedOn", equalTo("2011-01-10"));
        }
    }
}
