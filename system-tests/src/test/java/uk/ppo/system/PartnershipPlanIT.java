package uk.ppo.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 6's "done means", through the gateway with Keycloak tokens: build a plan, add milestones of
 * every due kind, record progress, and read the quarterly report as JSON and CSV with the right
 * overdue items for a given day.
 */
@ExtendWith(RunningSuite.class)
class PartnershipPlanIT {

    private final String coordinator = RunningSuite.tokenFor("cora.coordinator");

    @Test
    void aPlanReportsItsOverdueMilestonesAsOfADay() {
        String plan = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("title", "Community Safety Agreement 2010/11",
                        "partnership", "Rother " + ThreadLocalRandom.current().nextInt(1_000_000), "financialYear", "2010/11"))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        priority(plan, "AR", "Reducing adult re-offending");
        priority(plan, "CH", "Targeted action in crime hotspots");
        String ar1 = action(plan, "AR", "AR1");
        String ar2 = action(plan, "AR", "AR2");
        String ar3 = action(plan, "AR", "AR3");
        String ch1 = action(plan, "CH", "CH1");

        milestone(ar1, "Accommodation pathway agreed", Map.of("date", "2010-09-15"));
        String housing = milestone(ar1, "Housing providers signed up", Map.of("month", "2010-09"));
        milestone(ar2, "DIP referrals reviewed", Map.of("quarter", "2010/11 Q2"));
        String conference = milestone(ar2, "Case conference attendance checked", Map.of("recurrence", "QUARTERLY"));
        milestone(ch1, "Hotspot patrols reviewed", Map.of("recurrence", "ONGOING"));
        String actionDays = milestone(ch1, "Joint action days", Map.of("recurrence", "BI_MONTHLY"));
        done(housing, "2010-10-05");
        done(conference, "2010-07-02");
        done(actionDays, "2010-06-01");
        done(actionDays, "2010-08-02");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("on", "2010-10-01"))
                .post("/api/v1/actions/{id}/complete", ar3).then().statusCode(200);
        progress(ar1, "2010/11 Q2", "AMBER");
        progress(ar1, "2010/11 Q3", "GREEN");
        progress(ar2, "2010/11 Q2", "RED");

        String analyst = RunningSuite.tokenFor("ann.analyst");
        given().auth().oauth2(analyst).queryParam("asOf", "2010-10-21")
                .get("/api/v1/plans/{id}/report", plan).then().statusCode(200)
                .body("priorities.code", contains("AR", "CH"))
                .body("priorities[0].actionsByRag", equalTo(Map.of("RED", 1, "AMBER", 0, "GREEN", 1, "NONE", 1)))
                .body("priorities[0].completed", equalTo(1))
                .body("priorities[0].overdueMilestones.actionCode", contains("AR1", "AR2", "AR2"))
                .body("priorities[0].overdueMilestones.daysLate", contains(36, 21, 21))
                .body("priorities[0].noUpdateThisQuarter", contains("AR2"))
                .body("priorities[1].overdueMilestones.milestone", contains("Joint action days"))
                .body("priorities[1].overdueMilestones.due", contains("2010-09-30"));

        String csv = given().auth().oauth2(analyst).accept("text/csv").queryParam("asOf", "2010-10-21")
                .get("/api/v1/plans/{id}/report", plan).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("priority,action,lead,rag,completed,updatedThisQuarter,overdueMilestone,due,daysLate", lines.get(0));
        assertEquals("AR,AR1,Probation,GREEN,no,yes,Accommodation pathway agreed,2010-09-15,36", lines.get(1));
        assertEquals(6, lines.size());

        given().auth().oauth2(RunningSuite.tokenFor("oscar.officer")).get("/api/v1/plans/{id}/report", plan)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("quarter", "2010/11 Q5", "rag", "RED", "note", "x"))
                .post("/api/v1/actions/{id}/progress", ar1).then().statusCode(400).contentType("application/problem+json");
    }

    private void priority(String plan, String code, String title) {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("code", code, "title", title))
                .post("/api/v1/plans/{id}/priorities", plan).then().statusCode(201);
    }

    private String action(String plan, String priority, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("priorityCode", priority);
        body.put("code", code);
        body.put("text", "Action " + code);
        body.put("lead", Map.of("organisation", "Probation", "jobTitle", "PPO Offender Manager",
                "reportingOfficer", "Head of Offender Management"));
        body.put("cost", Map.of("note", "officer time"));
        body.put("completionDue", "2011-03-31");
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/{id}/actions", plan).then().statusCode(201).extract().path("id");
    }

    private String milestone(String action, String text, Map<String, Object> due) {
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("text", text, "due", due))
                .post("/api/v1/actions/{id}/milestones", action).then().statusCode(201).extract().path("id");
    }

    private void done(String milestone, String on) {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("on", on))
                .post("/api/v1/milestones/{id}/done", milestone).then().statusCode(200);
    }

    private void progress(String action, String quarter, String rag) {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("quarter", quarter, "rag", rag, "note", "Progress " + quarter))
                .post("/api/v1/actions/{id}/progress", action).then().statusCode(201);
    }
}
