package uk.ppo.actionplan.action;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.PARTNER;
import static uk.ppo.actionplan.Fixtures.action;
import static uk.ppo.actionplan.Fixtures.milestone;
import static uk.ppo.actionplan.Fixtures.plan;
import static uk.ppo.actionplan.Fixtures.priority;
import static uk.ppo.actionplan.Fixtures.progress;

/** Withdrawing an action: reason and date, history, and what the monitoring report makes of it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class ActionWithdrawalTest {

    private static final String WITHDRAW = "/api/v1/actions/{id}/withdraw";

    @Test
    void aWithdrawnActionIsListedApartInTheReportNeitherOverdueNorRedAndKeptInThePlansHistory() {
        String plan = plan();
        priority(plan, "AR", "Reducing adult re-offending");
        String kept = action(plan, "AR", "AR1");
        String dropped = action(plan, "AR", "AR2");
        milestone(dropped, "Accommodation pathway agreed", Map.of("date", "2010-06-30"));
        progress(dropped, "2010/11 Q1", "RED");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("reason", "Superseded by AR1: the IOM model takes over the pathway", "on", "2010-09-30"))
                .post(WITHDRAW, dropped)
                .then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnOn", equalTo("2010-09-30"))
                .body("withdrawalReason", equalTo("Superseded by AR1: the IOM model takes over the pathway"));

        given().auth().oauth2(ANALYST).queryParam("asOf", "2010-10-21").get("/api/v1/plans/{id}/report", plan).then().statusCode(200)
                .body("priorities[0].actions", equalTo(1))
                .body("priorities[0].actionsByRag.RED", equalTo(0))
                .body("priorities[0].overdueMilestones.size()", equalTo(0))
                .body("priorities[0].noUpdateThisQuarter", contains("AR1"))
                .body("priorities[0].withdrawn.actionCode", contains("AR2"))
                .body("priorities[0].withdrawn[0].withdrawnOn", equalTo("2010-09-30"))
                .body("totals.withdrawn", equalTo(1));
        // before the day it was withdrawn it was still in play: red, its milestone overdue
        given().auth().oauth2(ANALYST).queryParam("asOf", "2010-09-01").get("/api/v1/plans/{id}/report", plan).then()
                .body("priorities[0].actionsByRag.RED", equalTo(1))
                .body("priorities[0].overdueMilestones.actionCode", contains("AR2"))
                .body("totals.withdrawn", equalTo(0));
        String csv = given().auth().oauth2(ANALYST).accept("text/csv").queryParam("asOf", "2010-10-21")
                .get("/api/v1/plans/{id}/report", plan).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("AR,AR2,Probation,WITHDRAWN,no,,,,"), csv);
        given().auth().oauth2(ADMIN).get("/api/v1/plans/{id}/history", plan).then().statusCode(200)
                .body("items.action", hasItem("ACTION_WITHDRAWN"));

        // withdrawn once: not again, not completed; an open action is still completed as before
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "Again", "on", "2010-10-01"))
                .post(WITHDRAW, dropped).then().statusCode(409).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", "2010-10-01"))
                .post("/api/v1/actions/{id}/complete", dropped).then().statusCode(409);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", "2010-10-01"))
                .post("/api/v1/actions/{id}/complete", kept).then().statusCode(200);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "Too late", "on", "2010-10-02"))
                .post(WITHDRAW, kept).then().statusCode(409);
    }

    @Test
    void aWithdrawalNeedsAReasonAndADayNotInTheFutureAndACoordinatorOrAdmin() {
        String plan = plan();
        priority(plan, "AR", "Reducing adult re-offending");
        String id = action(plan, "AR", "AR1");
        String tomorrow = LocalDate.now().plusDays(1).toString();
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "Dropped", "on", tomorrow))
                .post(WITHDRAW, id).then().statusCode(400).body("violations[0].field", equalTo("on"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", " ", "on", "2010-09-30"))
                .post(WITHDRAW, id).then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(Map.of("reason", "Dropped", "on", "2010-09-30")).post(WITHDRAW, id).then().statusCode(412);
        for (String token : new String[] {ANALYST, PARTNER}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "Dropped", "on", "2010-09-30"))
                    .post(WITHDRAW, id).then().statusCode(403);
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "Dropped", "on", "2010-09-30"))
                .post(WITHDRAW, UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(ANALYST).get("/api/v1/actions/{id}", id).then().body("status", equalTo("OPEN"));
    }
}
