package uk.ppo.actionplan.deliveryplan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.AUDITOR;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.OFFICER;
import static uk.ppo.actionplan.Fixtures.PARTNER;
import static uk.ppo.actionplan.Fixtures.fresh;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class DeliveryProgressResourceTest {

    private static final String PLAN = "/api/v1/delivery-plans/{id}";
    private static final String ACTIVITY_PROGRESS = PLAN + "/activities/{n}/progress";
    private static final String SUB_TARGET_PROGRESS = PLAN + "/sub-targets/{n}/progress";

    private static String newPlan() {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(DeliveryPlanResourceTest.ni30(fresh("Delivery"))).post("/api/v1/delivery-plans")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> progress(String status, String asOf, String evidence) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("asOf", asOf);
        body.put("note", status + " as of " + asOf);
        if (evidence != null) {
            body.put("evidence", Map.of("text", evidence, "link", "https://intranet.example.org/ppo/" + asOf + ".pdf"));
        }
        return body;
    }

    private static void record(String path, String plan, int n, Map<String, Object> body) {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(path, plan, n).then().statusCode(201);
    }

    /** The NI 30 plan as it reads after a revision: activity 1 reworded, a new activity and sub-target, 2010/11 a note. */
    private static Map<String, Object> revised() {
        return revised(false);
    }

    /** @param again the revision sent again after it was made: the new activity and sub-target now have number 2 */
    private static Map<String, Object> revised(boolean again) {
        Map<String, Object> body = DeliveryPlanResourceTest.ni30("unused");
        body.remove("indicator");
        body.remove("partnership");
        body.put("title", "Re-offending of PPOs, revised");
        Map<String, Object> newSubTarget = new HashMap<>(Map.of("text", "Fast-track prescribing in each locality"));
        Map<String, Object> newActivity = new HashMap<>(Map.of("activity", "Integrate offender data from all partnership agencies",
                "timescale", "Commence May 09 and ongoing"));
        if (again) {
            newSubTarget.put("number", 2);
            newActivity.put("number", 2);
        }
        body.put("subTargets", List.of(Map.of("number", 1, "text", "Every released PPO housed"), newSubTarget));
        body.put("targets", List.of(Map.of("financialYear", "2009/10", "reductionPercent", 22),
                Map.of("financialYear", "2010/11", "note", "TBA by applying the common ratio 1.20")));
        body.put("risks", List.of(Map.of("number", 1, "risk", "PPOs move away", "mitigations", List.of("Transfer protocol"),
                "owner", "PPO Co-ordinator")));
        body.put("activities", List.of(
                Map.of("number", 1, "activity", "Monthly case conferences review every PPO", "timescale", "Monthly",
                        "partner", "Police", "namedContact", "PPO Co-ordinator"),
                newActivity));
        return body;
    }

    @Nested
    class Progress {

        @Test
        void progressWithEvidenceIsRecordedAndThePlanShowsEachItemsLatest() {
            String plan = newPlan();
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(progress("ON_TRACK", "2009-06-30", "Minutes of the PPO Strategic Group, June 2009"))
                    .post(ACTIVITY_PROGRESS, plan, 1)
                    .then().statusCode(201)
                    .body("item", equalTo("ACTIVITY")).body("number", equalTo(1))
                    .body("status", equalTo("ON_TRACK")).body("asOf", equalTo("2009-06-30"))
                    .body("evidence.text", equalTo("Minutes of the PPO Strategic Group, June 2009"))
                    .body("evidence.link", equalTo("https://intranet.example.org/ppo/2009-06-30.pdf"))
                    .body("recordedBy", equalTo("cora.coordinator"));
            record(ACTIVITY_PROGRESS, plan, 1, progress("ACHIEVED", "2009-09-30", "Placements reported, September 2009"));
            // recorded last, but true of an earlier day: history, not the latest
            record(ACTIVITY_PROGRESS, plan, 1, progress("AT_RISK", "2009-07-31", null));
            record(SUB_TARGET_PROGRESS, plan, 1, progress("OFF_TRACK", "2009-08-31", null));

            given().auth().oauth2(PARTNER).get(PLAN, plan).then().statusCode(200)
                    .body("activities[0].number", equalTo(1))
                    .body("activities[0].latestProgress.status", equalTo("ACHIEVED"))
                    .body("activities[0].latestProgress.asOf", equalTo("2009-09-30"))
                    .body("activities[0].latestProgress.evidence.text", equalTo("Placements reported, September 2009"))
                    .body("subTargets", contains("Every released PPO housed"))
                    .body("subTargetProgress[0].number", equalTo(1))
                    .body("subTargetProgress[0].latestProgress.status", equalTo("OFF_TRACK"));
            given().auth().oauth2(ANALYST).get(ACTIVITY_PROGRESS, plan, 1).then().statusCode(200)
                    .body("status", contains("ON_TRACK", "AT_RISK", "ACHIEVED"))
                    .body("asOf", contains("2009-06-30", "2009-07-31", "2009-09-30"))
                    .body("[1].evidence", nullValue());
            given().auth().oauth2(ANALYST).get(SUB_TARGET_PROGRESS, plan, 1).then().statusCode(200)
                    .body("status", contains("OFF_TRACK")).body("item", contains("SUB_TARGET"));
            given().auth().oauth2(AUDITOR).get(PLAN + "/history", plan).then().statusCode(200)
                    .body("total", equalTo(5))
                    .body("items.action", contains("DELIVERY_PLAN_CREATED", "DELIVERY_PROGRESS_RECORDED", "DELIVERY_PROGRESS_RECORDED",
                            "DELIVERY_PROGRESS_RECORDED", "DELIVERY_PROGRESS_RECORDED"))
                    .body("items[2].detail", equalTo("activity 1 ACHIEVED as of 2009-09-30"));
        }

        @Test
        void aFutureDayAchievedWithoutEvidenceABadLinkOrAnUnknownItemIsRefusedAndNothingIsStored() {
            String plan = newPlan();
            String tomorrow = LocalDate.now().plusDays(1).toString();
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(progress("ON_TRACK", tomorrow, null))
                    .post(ACTIVITY_PROGRESS, plan, 1).then().statusCode(400).body("violations.field", contains("asOf"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(progress("ACHIEVED", "2009-09-30", null))
                    .post(ACTIVITY_PROGRESS, plan, 1).then().statusCode(400).body("violations.field", contains("evidence"));
            Map<String, Object> badLink = progress("ON_TRACK", "2009-09-30", null);
            badLink.put("evidence", Map.of("text", "Minutes", "link", "javascript:alert(1)"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(badLink)
                    .post(ACTIVITY_PROGRESS, plan, 1).then().statusCode(400).body("violations.field", hasItem(containsString("link")));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("status", "ON_TRACK"))
                    .post(SUB_TARGET_PROGRESS, plan, 1).then().statusCode(400).body("violations.field", hasItem(containsString("asOf")));
            for (Object n : new Object[] {9, 0, "one"}) {
                given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(progress("ON_TRACK", "2009-06-30", null))
                        .post(ACTIVITY_PROGRESS, plan, n).then().statusCode(404).contentType("application/problem+json");
            }
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(progress("ON_TRACK", "2009-06-30", null))
                    .post(SUB_TARGET_PROGRESS, UUID.randomUUID(), 1).then().statusCode(404);
            given().auth().oauth2(ANALYST).get(ACTIVITY_PROGRESS, plan, 1).then().statusCode(200).body("size()", equalTo(0));
            given().auth().oauth2(ANALYST).get(PLAN, plan).then().body("activities[0].latestProgress", nullValue());
        }

        @Test
        void onlyCoordinatorsAndAdminsRecordAndOfficersCannotRead() {
            String plan = newPlan();
            for (String token : new String[] {ANALYST, PARTNER}) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(progress("ON_TRACK", "2009-06-30", null))
                        .post(ACTIVITY_PROGRESS, plan, 1).then().statusCode(403);
            }
            record(ACTIVITY_PROGRESS, plan, 1, progress("ON_TRACK", "2009-06-30", null));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(progress("AT_RISK", "2009-07-31", null))
                    .post(SUB_TARGET_PROGRESS, plan, 1).then().statusCode(201);
            given().auth().oauth2(OFFICER).get(ACTIVITY_PROGRESS, plan, 1).then().statusCode(403);
            given().auth().oauth2(ANALYST).get(PLAN + "/history", plan).then().statusCode(403);
            given().get(ACTIVITY_PROGRESS, plan, 1).then().statusCode(401);
        }
    }

    @Nested
    class Revision {

        @Test
        void aRevisionKeepsNumberedItemsWithTheirProgressAndIsKeptInTheHistory() {
            String plan = newPlan();
            record(ACTIVITY_PROGRESS, plan, 1, progress("ON_TRACK", "2009-06-30", null));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(revised())
                    .put(PLAN, plan)
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("version", equalTo(1)).body("updatedBy", equalTo("cora.coordinator"))
                    .body("title", equalTo("Re-offending of PPOs, revised"))
                    .body("activities.number", contains(1, 2))
                    .body("activities[0].activity", equalTo("Monthly case conferences review every PPO"))
                    .body("activities[0].latestProgress.status", equalTo("ON_TRACK"))
                    .body("activities[1].latestProgress", nullValue())
                    .body("subTargetProgress.number", contains(1, 2))
                    .body("subTargets", contains("Every released PPO housed", "Fast-track prescribing in each locality"))
                    .body("targets.targetValue", contains(213, null))
                    .body("targets[1].note", equalTo("TBA by applying the common ratio 1.20"));
            given().auth().oauth2(ADMIN).get(PLAN + "/history", plan).then().statusCode(200)
                    .body("items.action", hasItems("DELIVERY_PLAN_CREATED", "DELIVERY_PLAN_REVISED"))
                    .body("items[2].detail", equalTo("title; targets; sub-target 2 added; activity 1 revised; activity 2 added"));

            // someone else read version 0: stale
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(revised())
                    .put(PLAN, plan).then().statusCode(412).body("violations[0].field", equalTo("If-Match"));

            // activity 1 has progress: it cannot be left out
            Map<String, Object> dropping = revised();
            dropping.put("activities", List.of(Map.of("activity", "Something else")));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(dropping)
                    .put(PLAN, plan).then().statusCode(409).body("violations[0].field", equalTo("activities"));

            // the same again (the new items now by their numbers) changes nothing: no new version, no history
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(revised(true))
                    .put(PLAN, plan).then().statusCode(200).body("version", equalTo(1)).body("activities.number", contains(1, 2));
            given().auth().oauth2(ADMIN).get(PLAN + "/history", plan).then().body("total", equalTo(3));
            given().auth().oauth2(ANALYST).get(ACTIVITY_PROGRESS, plan, 1).then().body("status", contains("ON_TRACK"));
        }

        @Test
        void badRevisionsNameTheFieldAndOnlyCoordinatorsAndAdminsRevise() {
            String plan = newPlan();
            Map<String, Object> noFigure = revised();
            noFigure.put("targets", List.of(Map.of("financialYear", "2009/10")));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(noFigure).put(PLAN, plan)
                    .then().statusCode(400).body("violations[0].field", equalTo("targets[0].reductionPercent"));
            Map<String, Object> twice = revised();
            twice.put("activities", List.of(Map.of("number", 1, "activity", "A"), Map.of("number", 1, "activity", "B")));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(twice).put(PLAN, plan)
                    .then().statusCode(400).body("violations[0].field", equalTo("activities[1].number"));
            given().auth().oauth2(ANALYST).contentType(ContentType.JSON).body(revised()).put(PLAN, plan).then().statusCode(403);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(revised()).put(PLAN, UUID.randomUUID()).then().statusCode(404);
            given().auth().oauth2(ANALYST).get(PLAN, plan).then().body("version", equalTo(0))
                    .body("title", equalTo("Re-offending rate of prolific and other priority offenders"));
        }
    }
}
