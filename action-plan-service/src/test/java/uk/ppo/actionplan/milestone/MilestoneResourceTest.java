package uk.ppo.actionplan.milestone;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.OFFENDER_MANAGER;
import static uk.ppo.actionplan.Fixtures.OFFICER;
import static uk.ppo.actionplan.Fixtures.PARTNER;
import static uk.ppo.actionplan.Fixtures.action;
import static uk.ppo.actionplan.Fixtures.milestone;
import static uk.ppo.actionplan.Fixtures.plan;
import static uk.ppo.actionplan.Fixtures.priority;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class MilestoneResourceTest {

    private static final String MILESTONES = "/api/v1/actions/{id}/milestones";
    private String action;

    @BeforeEach
    void anAction() {
        String plan = plan();
        priority(plan, "AR", "Reducing adult re-offending");
        action = action(plan, "AR", "AR1");
    }

    @ParameterizedTest(name = "{0}={1} → {2} {3}, due {4}")
    @CsvSource(delimiter = '|', value = {
            "date       | 2010-09-15     | DATE       | 2010-09-15 | 2010-09-15",
            "month      | 2010-09        | MONTH      | 2010-09    | 2010-09-30",
            "month      | September 2010 | MONTH      | 2010-09    | 2010-09-30",
            "month      | 2011-02        | MONTH      | 2011-02    | 2011-02-28",
            "quarter    | 2010/11 Q3     | QUARTER    | 2010/11 Q3 | 2010-12-31",
            "recurrence | QUARTERLY      | RECURRENCE | QUARTERLY  | 2010-06-30 2010-09-30 2010-12-31 2011-03-31",
            "recurrence | bi-monthly     | RECURRENCE | BI_MONTHLY | 2010-05-31 2010-07-31 2010-09-30 2010-11-30 2011-01-31 2011-03-31",
            "quarter    | Quarter 1 Year 2 | PLAN_QUARTER | Quarter 1 Year 2 | 2011-06-30",
            "quarter    | Quarter 3      | PLAN_QUARTER | Quarter 3 Year 1 | 2010-12-31",
    })
    void eachDueKindIsResolvedToItsDueDates(String kind, String value, String storedKind, String storedValue, String dates) {
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("text", "Pathway agreed", "due", Map.of(kind, value)))
                .when().post(MILESTONES, action)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/milestones/"))
                .body("due.kind", equalTo(storedKind))
                .body("due.value", equalTo(storedValue))
                .body("dueDates.due", contains(dates.split(" ")))
                .extract().path("id");
        given().auth().oauth2(PARTNER).get("/api/v1/milestones/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"").body("dueDates.due", contains(dates.split(" ")));
        given().auth().oauth2(ANALYST).get(MILESTONES, action).then().statusCode(200).body("id", contains(id));
    }

    @Test
    void ongoingWorkHasNoDueDateAndIsDoneOnce() {
        String id = milestone(action, "Hotspot patrols reviewed", Map.of("recurrence", "ONGOING"));
        given().auth().oauth2(ANALYST).get("/api/v1/milestones/{id}", id).then().body("dueDates", empty());
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", "2011-03-31"))
                .post("/api/v1/milestones/{id}/done", id).then().statusCode(200).body("doneOn", equalTo("2011-03-31"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", "2011-03-31"))
                .post("/api/v1/milestones/{id}/done", id).then().statusCode(409);
    }

    @Test
    void doneCompletesTheEarliestOpenOccurrenceOfARecurrence() {
        String id = milestone(action, "Case conference attendance", Map.of("recurrence", "QUARTERLY"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("on", "2010-07-02"))
                .when().post("/api/v1/milestones/{id}/done", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("dueDates[0].doneOn", equalTo("2010-07-02"))
                .body("dueDates[0].doneBy", equalTo("cora.coordinator"))
                .body("dueDates[1].doneOn", nullValue())
                .body("doneOn", nullValue());
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("on", "2010-10-01"))
                .post("/api/v1/milestones/{id}/done", id)
                .then().statusCode(412).body("violations[0].field", equalTo("If-Match"));
        given().auth().oauth2(ANALYST).get("/api/v1/milestones/{id}", id).then().body("dueDates[1].doneOn", nullValue());
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"quarter\": \"2010/11 Q5\"}                       | due.quarter",
            "{\"quarter\": \"2010/12 Q1\"}                       | due.quarter",
            "{\"month\": \"2010-13\"}                            | due.month",
            "{\"date\": \"31/09/2010\"}                          | due.date",
            "{\"recurrence\": \"WEEKLY\"}                        | due.recurrence",
            "{}                                                  | due",
            "{\"date\": \"2010-09-01\", \"month\": \"2010-09\"}  | due",
            "{\"date\": \"2010-03-31\"}                          | due",
            "{\"month\": \"2010-03\"}                            | due",
            "{\"quarter\": \"2009/10 Q4\"}                       | due",
            "{\"when\": \"soon\"}                                | due.when",
    })
    void badDueSpecificationsAreRefusedAndNothingIsStored(String due, String field) {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body("{\"text\": \"Pathway agreed\", \"due\": " + due + "}")
                .when().post(MILESTONES, action)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
        given().auth().oauth2(ANALYST).get(MILESTONES, action).then().body("size()", equalTo(0));
    }

    @Test
    void aMissingDueAndTextAreNamed() {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("text", ""))
                .post(MILESTONES, action).then().statusCode(400)
                .body("violations.field", contains("due", "text"));
    }

    @Test
    void onlyCoordinatorsAndAdminsChangeMilestones() {
        String id = milestone(action, "Pathway agreed", Map.of("date", "2010-09-15"));
        for (String token : new String[] {ANALYST, PARTNER, OFFENDER_MANAGER}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("text", "x", "due", Map.of("month", "2010-09")))
                    .post(MILESTONES, action).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("on", "2010-09-15"))
                    .post("/api/v1/milestones/{id}/done", id).then().statusCode(403);
        }
        given().auth().oauth2(OFFICER).get("/api/v1/milestones/{id}", id).then().statusCode(403);
        given().get("/api/v1/milestones/{id}", id).then().statusCode(401);
        given().auth().oauth2(ANALYST).get("/api/v1/milestones/{id}", id).then().body("dueDates[0].doneOn", nullValue());
        given().auth().oauth2(ANALYST).get(MILESTONES, action).then().body("size()", equalTo(1));
    }

    @Test
    void unknownActionsAndMilestonesAre404AndAFutureDayIs400() {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("text", "x", "due", Map.of("month", "2010-09")))
                .post(MILESTONES, UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", "2010-09-15"))
                .post("/api/v1/milestones/{id}/done", UUID.randomUUID()).then().statusCode(404);
        String id = milestone(action, "Pathway agreed", Map.of("date", "2010-09-15"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", "2999-09-15"))
                .post("/api/v1/milestones/{id}/done", id).then().statusCode(400).body("violations[0].field", equalTo("on"));
    }

    @Test
    void aMilestoneDueTbcHasNoDueDateAndCanBeDone() {
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("text", "Campaign to raise awareness of the key risks", "due", Map.of("toBeConfirmed", true)))
                .post(MILESTONES, action).then().statusCode(201)
                .body("due.kind", equalTo("TBC"))
                .body("due.value", equalTo("TBC"))
                .body("dueDates", empty())
                .extract().path("id");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", "2010-10-01"))
                .post("/api/v1/milestones/{id}/done", id).then().statusCode(200)
                .body("doneOn", equalTo("2010-10-01"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("text", "x", "due", Map.of("toBeConfirmed", true, "month", "2010-09")))
                .post(MILESTONES, action).then().statusCode(400)
                .body("violations.field", contains("due"));
    }

    @Test
    void aMilestoneHasItsOwnLeadOrTheActions() {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("text", "Screening and brief interventions in place", "due", Map.of("month", "2010-04"),
                        "lead", Map.of("organisation", "NHS East Sussex Community Services",
                                "jobTitle", "Health Improvement Commissioning Manager")))
                .post(MILESTONES, action).then().statusCode(201)
                .body("lead.organisation", equalTo("NHS East Sussex Community Services"))
                .body("lead.jobTitle", equalTo("Health Improvement Commissioning Manager"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("text", "Pathway agreed", "due", Map.of("month", "2010-09")))
                .post(MILESTONES, action).then().statusCode(201)
                .body("lead", nullValue());
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("text", "x", "due", Map.of("month", "2010-09"), "lead", Map.of("jobTitle", "Manager")))
                .post(MILESTONES, action).then().statusCode(400)
                .body("violations.field", contains("lead.organisation"));
    }
}
