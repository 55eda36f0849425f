package uk.ppo.actionplan.priority;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.OFFENDER_MANAGER;
import static uk.ppo.actionplan.Fixtures.OFFICER;
import static uk.ppo.actionplan.Fixtures.plan;

/** Priorities hold achievements and plans (source 001's per-theme pages) and are edited with a version and history. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class PriorityResourceTest {

    private static final String ACHIEVED = "The (NI) 30, Re-offending Rate of PPOs, LAA target for 2008/09 was to reduce the offences of an "
            + "identified cohort of PPOs by 20%. This has been exceeded by more than double, reducing the offences from 366 to 197 - a 46% reduction.";
    private static final String PLANNED = "An overall Reducing Reoffending Board will be created.";

    private String priority(String plan) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("code", "AR", "title", "Reducing Adult Re-Offending", "achievements", ACHIEVED))
                .post("/api/v1/plans/{id}/priorities", plan).then().statusCode(201)
                .body("achievements", equalTo(ACHIEVED))
                .body("plans", nullValue())
                .body("version", equalTo(0))
                .extract().path("id");
    }

    private static Map<String, Object> edit(long version, String plans) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("title", "Reducing Adult Re-Offending");
        body.put("achievements", ACHIEVED);
        body.put("plans", plans);
        return body;
    }

    @Test
    void anEditKeepsTheVersionItReplacedAndAStaleVersionIsAConflict() {
        String id = priority(plan());
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(edit(0, PLANNED))
                .put("/api/v1/priorities/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("plans", equalTo(PLANNED))
                .body("updatedBy", equalTo("cora.coordinator"));
        // a second editor still holding version 0
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(edit(0, "Something else"))
                .put("/api/v1/priorities/{id}", id).then().statusCode(409)
                .body("violations.field", contains("version"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(edit(1, PLANNED + " Sustained priorities follow."))
                .put("/api/v1/priorities/{id}", id).then().statusCode(200).body("version", equalTo(2));

        given().auth().oauth2(ANALYST).get("/api/v1/priorities/{id}/history", id).then().statusCode(200)
                .body("version", contains(1, 0))
                .body("plans", contains(PLANNED, null))
                .body("changed", contains(java.util.List.of("plans"), java.util.List.of("plans")))
                .body("replacedBy", contains("cora.coordinator", "cora.coordinator"));
        given().auth().oauth2(ANALYST).get("/api/v1/priorities/{id}", id).then().statusCode(200)
                .body("plans", equalTo(PLANNED + " Sustained priorities follow."))
                .body("code", equalTo("AR"));
    }

    @Test
    void anEditThatChangesNothingKeepsTheVersionAndWritesNoHistory() {
        String id = priority(plan());
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(edit(0, null))
                .put("/api/v1/priorities/{id}", id).then().statusCode(200).body("version", equalTo(0));
        given().auth().oauth2(ANALYST).get("/api/v1/priorities/{id}/history", id).then().statusCode(200).body("$", empty());
    }

    @Test
    void editingNeedsAVersionAndATitleAndTheRightRole() {
        String id = priority(plan());
        Map<String, Object> noVersion = edit(0, PLANNED);
        noVersion.remove("version");
        noVersion.put("title", "");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(noVersion)
                .put("/api/v1/priorities/{id}", id).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("title", "version"));
        given().auth().oauth2(ANALYST).contentType(ContentType.JSON).body(edit(0, PLANNED))
                .put("/api/v1/priorities/{id}", id).then().statusCode(403);
        given().auth().oauth2(OFFENDER_MANAGER).get("/api/v1/priorities/{id}/history", id).then().statusCode(200);
        given().auth().oauth2(OFFICER).get("/api/v1/priorities/{id}", id).then().statusCode(403);
        given().get("/api/v1/priorities/{id}", id).then().statusCode(401);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(edit(0, PLANNED))
                .put("/api/v1/priorities/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(ANALYST).get("/api/v1/priorities/{id}/history", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aClosedPlansPrioritiesCannotBeEdited() {
        String plan = plan();
        String id = priority(plan);
        given().auth().oauth2(ADMIN).post("/api/v1/plans/{id}/approve", plan).then().statusCode(200);
        given().auth().oauth2(ADMIN).post("/api/v1/plans/{id}/close", plan).then().statusCode(200);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(edit(0, PLANNED))
                .put("/api/v1/priorities/{id}", id).then().statusCode(409);
    }
}
