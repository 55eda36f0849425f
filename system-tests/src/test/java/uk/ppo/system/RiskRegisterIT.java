package uk.ppo.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 23, items 5 and 6, through the gateway with Keycloak tokens: a risk of the NI 30 delivery plan (source 000)
 * is recorded, rescored, flagged overdue as of a day after its review date, and closed with a closing note; every
 * change is in its history. An 004 project moves from funding allocation to implementation.
 */
@ExtendWith(RunningSuite.class)
class RiskRegisterIT {

    private static final String NI30_DELIVERY_PLAN = "c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530";

    private final String coordinator = RunningSuite.tokenFor("cora.coordinator");
    private final String analyst = RunningSuite.tokenFor("ann.analyst");

    @Test
    void aRiskIsRecordedRescoredFlaggedOverdueAndClosed() {
        String partnership = "Rother " + ThreadLocalRandom.current().nextInt(1_000_000);
        Map<String, Object> risk = new HashMap<>();
        risk.put("partnership", partnership);
        risk.put("risk", "Failure to establish rapid access to substitute prescribing");
        risk.put("owner", Map.of("organisation", "Sussex Probation Area", "jobTitle", "Director, East Sussex and Brighton Local Delivery Units"));
        risk.put("likelihood", 3);
        risk.put("impact", 4);
        risk.put("mitigations", List.of("Meeting with new provider (CRI) arranged by lead Senior Probation Officers in May 2009"));
        risk.put("identifiedOn", "2009-05-08");
        risk.put("reviewDate", "2009-09-30");
        risk.put("link", Map.of("kind", "DELIVERY_PLAN", "id", NI30_DELIVERY_PLAN));
        String id = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(risk).post("/api/v1/risks")
                .then().statusCode(201).body("score", equalTo(12)).body("rating", equalTo("MEDIUM")).extract().path("id");

        risk.put("likelihood", 4);
        risk.put("reviewDate", "2009-12-31");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(risk)
                .put("/api/v1/risks/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("score", equalTo(16)).body("rating", equalTo("HIGH"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(risk)
                .put("/api/v1/risks/{id}", id).then().statusCode(412).contentType("application/problem+json");

        given().auth().oauth2(analyst).queryParam("asOf", "2009-12-31").get("/api/v1/risks/{id}", id).then().statusCode(200)
                .body("reviewOverdue", equalTo(false));
        given().auth().oauth2(analyst).queryParam("partnership", partnership).queryParam("reviewOverdue", true)
                .queryParam("asOf", "2010-01-01").get("/api/v1/risks").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].reviewOverdue", equalTo(true));

        risk.put("status", "CLOSED");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(risk)
                .put("/api/v1/risks/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("closingNote"));
        risk.put("closedOn", "2010-01-15");
        risk.put("closingNote", "Fast-track prescribing in place with CRI in each locality");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(risk)
                .put("/api/v1/risks/{id}", id).then().statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(analyst).queryParam("partnership", partnership).queryParam("reviewOverdue", true)
                .queryParam("asOf", "2010-01-16").get("/api/v1/risks").then().statusCode(200).body("total", equalTo(0));

        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).get("/api/v1/risks/{id}/history", id).then().statusCode(200)
                .body("items.what", contains("CREATED", "UPDATED", "CLOSED"))
                .body("items.by", contains("cora.coordinator", "cora.coordinator", "cora.coordinator"))
                .body("items[1].changes.field", contains("likelihood", "reviewDate"));
        given().auth().oauth2(analyst).contentType(ContentType.JSON).body(risk).post("/api/v1/risks").then().statusCode(403);
        given().auth().oauth2(RunningSuite.tokenFor("oscar.officer")).get("/api/v1/risks").then().statusCode(403);
    }

    @Test
    void aProjectMovesFromFundingAllocationToImplementation() {
        String partnership = "Rother " + ThreadLocalRandom.current().nextInt(1_000_000);
        Map<String, Object> project = new HashMap<>();
        project.put("partnership", partnership);
        project.put("name", "IOM");
        project.put("lead", Map.of("organisation", "Sussex Probation Area", "jobTitle", "Project Lead, IOM"));
        project.put("stage", "FUNDING_ALLOCATION");
        project.put("stageSince", "2010-06-18");
        project.put("deliverables", List.of(Map.of("name", "MOJ approval of Bid", "status", "OUTSTANDING")));
        String id = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(project).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("stage", "IMPLEMENTATION", "on", "2010-09-01"))
                .post("/api/v1/projects/{id}/stage", id).then().statusCode(200).body("stage", equalTo("IMPLEMENTATION"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("name", "MOJ approval of Bid", "status", "DONE", "doneOn", "2010-08-20"))
                .put("/api/v1/projects/{id}/deliverables/1", id).then().statusCode(200)
                .body("deliverables[0].status", equalTo("DONE"));
        given().auth().oauth2(analyst).queryParam("partnership", partnership).get("/api/v1/projects").then().statusCode(200)
                .body("items[0].stageLabel", equalTo("Implementation"));
        given().auth().oauth2(coordinator).get("/api/v1/projects/{id}/history", id).then().statusCode(200)
                .body("items.what", contains("CREATED", "STAGE_MOVED", "DELIVERABLE_REVISED"))
                .body("items[1].changes.to", hasItem("IMPLEMENTATION"));
    }
}
