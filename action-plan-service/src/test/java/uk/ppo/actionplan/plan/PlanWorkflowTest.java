package uk.ppo.actionplan.plan;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.action;
import static uk.ppo.actionplan.Fixtures.plan;
import static uk.ppo.actionplan.Fixtures.priority;
import static uk.ppo.actionplan.Fixtures.version;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class PlanWorkflowTest {

    private static final String PLAN = "/api/v1/plans/{id}";

    @Nested
    class Approve {

        @Test
        void anAdminApprovesADraftRecordingWhoAndWhenAndTheEtagMovesOn() {
            String plan = plan();
            given().auth().oauth2(ANALYST).get(PLAN, plan).then().statusCode(200).header("ETag", "\"0\"")
                    .body("approvedBy", nullValue());

            given().auth().oauth2(ADMIN).header("If-Match", "\"0\"")
                    .when().post(PLAN + "/approve", plan)
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("status", equalTo("APPROVED"))
                    .body("approvedBy", equalTo("ada.admin"))
                    .body("approvedAt", notNullValue())
                    .body("version", equalTo(1));

            given().auth().oauth2(ANALYST).get(PLAN, plan).then().statusCode(200)
                    .header("ETag", "\"1\"").body("status", equalTo("APPROVED")).body("approvedBy", equalTo("ada.admin"));
        }

        @Test
        void aStaleIfMatchIsA412AndChangesNothing() {
            String plan = plan();
            priority(plan, "AR", "Reducing adult re-offending");   // moves the plan to version 1
            given().auth().oauth2(ADMIN).header("If-Match", "\"0\"")
                    .when().post(PLAN + "/approve", plan)
                    .then().statusCode(412).contentType("application/problem+json")
                    .body("type", equalTo("urn:ppo:problem:precondition-failed"))
                    .body("violations[0].field", equalTo("If-Match"));
            given().auth().oauth2(ANALYST).get(PLAN, plan).then().body("status", equalTo("DRAFT")).body("version", equalTo(1));
        }

        @Test
        void aMalformedIfMatchIsA400() {
            String plan = plan();
            given().auth().oauth2(ADMIN).header("If-Match", "yesterday")
                    .when().post(PLAN + "/approve", plan)
                    .then().statusCode(400).body("violations[0].field", equalTo("If-Match"));
        }

        @Test
        void approvingTwiceIsA409() {
            String plan = plan();
            given().auth().oauth2(ADMIN).post(PLAN + "/approve", plan).then().statusCode(200);
            given().auth().oauth2(ADMIN).post(PLAN + "/approve", plan).then().statusCode(409)
                    .body("violations[0].field", equalTo("status"));
        }

        @Test
        void onlyAdminsApprove() {
            String plan = plan();
            for (String token : new String[] {COORDINATOR, ANALYST}) {
                given().auth().oauth2(token).post(PLAN + "/approve", plan).then().statusCode(403)
                        .contentType("application/problem+json");
            }
            given().post(PLAN + "/approve", plan).then().statusCode(401);
            given().auth().oauth2(ANALYST).get(PLAN, plan).then().body("status", equalTo("DRAFT"));
        }

        @Test
        void anUnknownPlanIs404() {
            given().auth().oauth2(ADMIN).post(PLAN + "/approve", UUID.randomUUID()).then().statusCode(404);
        }
    }

    @Nested
    class Close {

        @Test
        void aClosedPlanTakesNoMoreChanges() {
            String plan = plan();
            priority(plan, "AR", "Reducing adult re-offending");
            String action = action(plan, "AR", "AR1");
            given().auth().oauth2(ADMIN).post(PLAN + "/approve", plan).then().statusCode(200);
            long version = version(PLAN, plan);
            given().auth().oauth2(ADMIN).header("If-Match", "\"" + version + "\"")
                    .post(PLAN + "/close", plan).then().statusCode(200)
                    .body("status", equalTo("CLOSED")).body("closedBy", equalTo("ada.admin"));

            long before = version("/api/v1/actions/{id}", action);
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("quarter", "2010/11 Q4", "rag", "GREEN", "note", "late news"))
                    .post("/api/v1/actions/{id}/progress", action)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("plan"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("code", "CH", "title", "Hotspots"))
                    .post("/api/v1/plans/{id}/priorities", plan).then().statusCode(409);
            given().auth().oauth2(ANALYST).get("/api/v1/actions/{id}/progress", action).then().statusCode(200)
                    .body("size()", equalTo(0));
            assertEquals(before, version("/api/v1/actions/{id}", action));
        }

        @Test
        void everyChangeIsKeptAsThePlansHistory() {
            String plan = plan();
            priority(plan, "AR", "Reducing adult re-offending");
            String action = action(plan, "AR", "AR1");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("X-Request-Id", "req-history-1")
                    .body(Map.of("quarter", "2010/11 Q1", "rag", "GREEN"))
                    .post("/api/v1/actions/{id}/progress", action).then().statusCode(201);
            given().auth().oauth2(ADMIN).post(PLAN + "/approve", plan).then().statusCode(200);

            given().auth().oauth2(uk.ppo.actionplan.Fixtures.AUDITOR).get(PLAN + "/history", plan).then().statusCode(200)
                    .body("total", equalTo(5))
                    .body("items.action", org.hamcrest.Matchers.contains("PLAN_CREATED", "PRIORITY_ADDED", "ACTION_ADDED",
                            "PROGRESS_RECORDED", "PLAN_APPROVED"))
                    .body("items[1].actor", equalTo("cora.coordinator"))
                    .body("items[1].agency", equalTo("council"))
                    .body("items[2].subjectId", equalTo(action))
                    .body("items[3].requestId", equalTo("req-history-1"))
                    .body("items[3].detail", equalTo("AR1 2010/11 Q1 GREEN"))
                    .body("items[4].actor", equalTo("ada.admin"));
            given().auth().oauth2(ANALYST).get(PLAN + "/history", plan).then().statusCode(403);
            given().auth().oauth2(ADMIN).get(PLAN + "/history", UUID.randomUUID()).then().statusCode(404);
        }

        @Test
        void onlyAnApprovedPlanIsClosedAndOnlyByAdmins() {
            String plan = plan();
            given().auth().oauth2(COORDINATOR).post(PLAN + "/close", plan).then().statusCode(403);
            given().auth().oauth2(ADMIN).post(PLAN + "/close", plan).then().statusCode(409)
                    .body("detail", org.hamcrest.Matchers.containsString("APPROVED"));
        }
    }
}
