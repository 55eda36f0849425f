package uk.ppo.actionplan.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.OFFICER;
import static uk.ppo.actionplan.Fixtures.PARTNER;
import static uk.ppo.actionplan.Fixtures.action;
import static uk.ppo.actionplan.Fixtures.done;
import static uk.ppo.actionplan.Fixtures.milestone;
import static uk.ppo.actionplan.Fixtures.plan;
import static uk.ppo.actionplan.Fixtures.priority;
import static uk.ppo.actionplan.Fixtures.progress;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class ReportResourceTest {

    private static final String REPORT = "/api/v1/plans/{id}/report";

    /**
     * Done means: build a plan, add milestones of every due kind, record progress, and get the quarterly
     * report as JSON and CSV with the right overdue items for a given day.
     */
    @Test
    void aPlanWithEveryKindOfMilestoneReportsItsOverdueItemsAsOfADay() {
        String plan = plan();
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
        done(conference, "2010-07-02");   // the 30 June occurrence
        done(actionDays, "2010-06-01");   // 31 May
        done(actionDays, "2010-08-02");   // 31 July
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", "2010-10-01"))
                .post("/api/v1/actions/{id}/complete", ar3).then().statusCode(200).body("status", equalTo("COMPLETED"));

        progress(ar1, "2010/11 Q2", "AMBER");
        progress(ar1, "2010/11 Q3", "GREEN");
        progress(ar2, "2010/11 Q2", "RED");

        // Q3, three weeks in
        given().auth().oauth2(ANALYST).queryParam("asOf", "2010-10-21")
                .when().get(REPORT, plan)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("plan.id", equalTo(plan))
                .body("plan.financialYear", equalTo("2010/11"))
                .body("asOf", equalTo("2010-10-21"))
                .body("quarter", equalTo("2010/11 Q3"))
                .body("priorities.code", contains("AR", "CH"))
                .body("priorities[0].actions", equalTo(3))
                .body("priorities[0].actionsByRag", equalTo(Map.of("RED", 1, "AMBER", 0, "GREEN", 1, "NONE", 1)))
                .body("priorities[0].completed", equalTo(1))
                .body("priorities[0].overdueMilestones.actionCode", contains("AR1", "AR2", "AR2"))
                .body("priorities[0].overdueMilestones.milestone", contains("Accommodation pathway agreed",
                        "Case conference attendance checked", "DIP referrals reviewed"))
                .body("priorities[0].overdueMilestones.due", contains("2010-09-15", "2010-09-30", "2010-09-30"))
                .body("priorities[0].overdueMilestones.daysLate", contains(36, 21, 21))
                .body("priorities[0].noUpdateThisQuarter", contains("AR2"))
                .body("priorities[1].actionsByRag", equalTo(Map.of("RED", 0, "AMBER", 0, "GREEN", 0, "NONE", 1)))
                .body("priorities[1].completed", equalTo(0))
                .body("priorities[1].overdueMilestones.milestone", contains("Joint action days"))
                .body("priorities[1].overdueMilestones.due", contains("2010-09-30"))
                .body("priorities[1].overdueMilestones.daysLate", contains(21))
                .body("priorities[1].noUpdateThisQuarter", contains("CH1"))
                .body("totals.actions", equalTo(4))
                .body("totals.completed", equalTo(1))
                .body("totals.overdueMilestones", equalTo(4))
                .body("totals.noUpdateThisQuarter", equalTo(2));

        // the last day of Q2: what is due today is not yet overdue, and AR3 was not yet complete
        given().auth().oauth2(PARTNER).queryParam("asOf", "2010-09-30")
                .when().get(REPORT, plan)
                .then().statusCode(200)
                .body("quarter", equalTo("2010/11 Q2"))
                .body("priorities[0].actionsByRag", equalTo(Map.of("RED", 1, "AMBER", 1, "GREEN", 0, "NONE", 1)))
                .body("priorities[0].completed", equalTo(0))
                .body("priorities[0].overdueMilestones.milestone", contains("Accommodation pathway agreed"))
                .body("priorities[0].overdueMilestones.daysLate", contains(15))
                .body("priorities[0].noUpdateThisQuarter", contains("AR3"))
                .body("priorities[1].overdueMilestones", empty());

        String csv = given().auth().oauth2(ANALYST).accept("text/csv").queryParam("asOf", "2010-10-21")
                .when().get(REPORT, plan)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("report-2010-11-2010-10-21.csv"))
                .extract().asString();
        assertEquals(List.of(
                "priority,action,lead,rag,completed,updatedThisQuarter,overdueMilestone,due,daysLate",
                "AR,AR1,Probation,GREEN,no,yes,Accommodation pathway agreed,2010-09-15,36",
                "AR,AR2,Probation,RED,no,no,Case conference attendance checked,2010-09-30,21",
                "AR,AR2,Probation,RED,no,no,DIP referrals reviewed,2010-09-30,21",
                "AR,AR3,Probation,NONE,yes,no,,,",
                "CH,CH1,Probation,NONE,no,no,Joint action days,2010-09-30,21"), List.of(csv.split("\r\n")));
    }

    @Test
    void anEmptyPlanReportsNothingAndJsonIsTheDefault() {
        String plan = plan();
        given().auth().oauth2(ANALYST).accept("*/*").queryParam("asOf", "2011-03-31")
                .when().get(REPORT, plan)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("quarter", equalTo("2010/11 Q4"))
                .body("priorities", empty())
                .body("totals.actions", equalTo(0));
    }

    @Test
    void aBadAsOfIsA400NamingIt() {
        String plan = plan();
        given().auth().oauth2(ANALYST).queryParam("asOf", "21/10/2010")
                .when().get(REPORT, plan)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("asOf"));
    }

    @Test
    void anUnknownPlanIs404() {
        given().auth().oauth2(ANALYST).when().get(REPORT, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void readersNeedATokenAndAPlanRole() {
        String plan = plan();
        given().when().get(REPORT, plan).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(OFFICER).when().get(REPORT, plan).then().statusCode(403).contentType("application/problem+json");
    }
}
