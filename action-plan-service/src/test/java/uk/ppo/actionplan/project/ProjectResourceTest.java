package uk.ppo.actionplan.project;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.AUDITOR;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.OFFICER;
import static uk.ppo.actionplan.Fixtures.PARTNER;
import static uk.ppo.actionplan.Fixtures.fresh;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class ProjectResourceTest {

    static final String PROJECTS = "/api/v1/projects";

    /** 004's IOM project as at 18 June 2010. */
    static Map<String, Object> iom(String partnership) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnership", partnership);
        body.put("name", "IOM");
        body.put("lead", Map.of("organisation", "Sussex Probation Area", "jobTitle", "Project Lead, IOM"));
        body.put("stage", "FUNDING_ALLOCATION");
        body.put("stageSince", "2010-06-18");
        body.put("note", "Contingency plan being developed for more limited delivery model.");
        body.put("deliverables", List.of(
                Map.of("name", "MOJ approval of Bid", "status", "OUTSTANDING"),
                Map.of("name", "Reducing Reoffending Board", "status", "DONE", "changed", true, "doneOn", "2010-05-01")));
        return body;
    }

    @Test
    void aProjectMovesStageAndEveryMoveAndDeliverableChangeIsKeptInItsHistory() {
        String partnership = fresh("Partnership");
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(iom(partnership)).post(PROJECTS)
                .then().statusCode(201)
                .body("stage", equalTo("FUNDING_ALLOCATION"))
                .body("stageLabel", equalTo("Funding Allocation"))
                .body("deliverables.number", contains(1, 2))
                .body("deliverables.status", contains("OUTSTANDING", "DONE"))
                .body("deliverables.changed", contains(false, true))
                .body("deliverables[1].doneOn", equalTo("2010-05-01"))
                .extract().path("id");

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("stage", "IMPLEMENTATION", "on", "2010-09-01", "note", "Eastbourne site funded"))
                .post(PROJECTS + "/{id}/stage", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("stage", equalTo("IMPLEMENTATION")).body("stageSince", equalTo("2010-09-01"))
                .body("note", equalTo("Eastbourne site funded"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("stage", "COMMISSIONING", "on", "2010-09-02"))
                .post(PROJECTS + "/{id}/stage", id).then().statusCode(412);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("stage", "IMPLEMENTATION", "on", "2010-09-02"))
                .post(PROJECTS + "/{id}/stage", id).then().statusCode(409).body("violations[0].field", equalTo("stage"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("stage", "COMMISSIONING", "on", "2010-08-01"))
                .post(PROJECTS + "/{id}/stage", id).then().statusCode(400).body("violations[0].field", equalTo("on"));

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("name", "MOJ approval of Bid", "status", "DONE", "doneOn", "2010-08-20", "note", "Capital funds granted"))
                .put(PROJECTS + "/{id}/deliverables/{n}", id, 1).then().statusCode(200)
                .body("deliverables[0].status", equalTo("DONE")).body("deliverables[0].doneOn", equalTo("2010-08-20"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("name", "Exit strategy", "status", "OUTSTANDING", "changed", true))
                .post(PROJECTS + "/{id}/deliverables", id).then().statusCode(200)
                .body("deliverables.number", contains(1, 2, 3)).body("deliverables[2].changed", equalTo(true));

        given().auth().oauth2(AUDITOR).get(PROJECTS + "/{id}/history", id).then().statusCode(200)
                .body("items.what", contains("CREATED", "STAGE_MOVED", "DELIVERABLE_REVISED", "DELIVERABLE_ADDED"))
                .body("items[1].changes.field", contains("stage", "stageSince", "note"))
                .body("items[1].changes.from", contains("FUNDING_ALLOCATION", "2010-06-18", "Contingency plan being developed for more limited delivery model."))
                .body("items[1].changes.to", contains("IMPLEMENTATION", "2010-09-01", "Eastbourne site funded"))
                .body("items[2].changes.field", contains("deliverables[1].status", "deliverables[1].doneOn", "deliverables[1].note"))
                .body("items.version", contains(0, 1, 2, 3));
        given().auth().oauth2(ANALYST).queryParam("partnership", partnership).queryParam("stage", "IMPLEMENTATION").get(PROJECTS)
                .then().statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(PARTNER).queryParam("partnership", partnership).queryParam("stage", "PID").get(PROJECTS)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void refusesWhatADeliverableCannotBeAndWhatTheRoleMayNotDo() {
        String partnership = fresh("Partnership");
        Map<String, Object> body = iom(partnership);
        body.put("deliverables", List.of(Map.of("name", "MOJ approval of Bid", "status", "OUTSTANDING", "doneOn", "2010-06-01")));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(PROJECTS).then().statusCode(400)
                .body("violations[0].field", equalTo("deliverables[0].doneOn"));
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(iom(partnership)).post(PROJECTS)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(iom(partnership)).post(PROJECTS).then().statusCode(409)
                .body("violations[0].field", equalTo("name"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("name", "X", "status", "DONE"))
                .put(PROJECTS + "/{id}/deliverables/{n}", id, 9).then().statusCode(404);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("name", "Reducing Reoffending Board", "status", "DONE"))
                .put(PROJECTS + "/{id}/deliverables/{n}", id, 1).then().statusCode(409);
        given().auth().oauth2(ANALYST).contentType(ContentType.JSON).body(Map.of("stage", "PID"))
                .post(PROJECTS + "/{id}/stage", id).then().statusCode(403);
        given().auth().oauth2(OFFICER).get(PROJECTS + "/{id}", id).then().statusCode(403);
        given().auth().oauth2(ANALYST).get(PROJECTS + "/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
