package uk.ppo.actionplan;

import io.restassured.http.ContentType;
import uk.ppo.common.testing.TestTokens;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Tokens and builders shared by the HTTP tests; every test makes its own plan. */
public final class Fixtures {

    public static final String COORDINATOR = TestTokens.user("cora.coordinator").roles("coordinator").agency("council").token();
    public static final String ADMIN = TestTokens.user("ada.admin").roles("admin").agency("council").token();
    public static final String ANALYST = TestTokens.forRole("analyst");
    public static final String PARTNER = TestTokens.forRole("partner-system");
    public static final String OFFENDER_MANAGER = TestTokens.user("olly.manager").roles("offender-manager").agency("probation").token();
    public static final String OFFICER = TestTokens.forRole("officer");
    public static final String AUDITOR = TestTokens.forRole("auditor");

    private Fixtures() {
    }

    public static String fresh(String prefix) {
        return prefix + " " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** A new DRAFT plan for 2010/11; returns its id. */
    public static String plan() {
        return plan("2010/11");
    }

    public static String plan(String financialYear) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Community Safety Agreement " + financialYear);
        body.put("partnership", fresh("Partnership"));
        body.put("financialYear", financialYear);
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    public static void priority(String planId, String code, String title) {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", title))
                .post("/api/v1/plans/{id}/priorities", planId).then().statusCode(201);
    }

    public static Map<String, Object> action(String priorityCode, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("priorityCode", priorityCode);
        body.put("code", code);
        body.put("text", "Action " + code);
        body.put("lead", Map.of("organisation", "Probation", "jobTitle", "PPO Offender Manager",
                "reportingOfficer", "Head of Offender Management"));
        body.put("cost", Map.of("note", "officer time"));
        body.put("completionDue", "2011-03-31");
        return body;
    }

    /** Adds an action; returns its id. */
    public static String action(String planId, String priorityCode, String code) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(action(priorityCode, code))
                .post("/api/v1/plans/{id}/actions", planId).then().statusCode(201).extract().path("id");
    }

    /** Adds a milestone with the given due object; returns its id. */
    public static String milestone(String actionId, String text, Map<String, Object> due) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("text", text, "due", due))
                .post("/api/v1/actions/{id}/milestones", actionId).then().statusCode(201).extract().path("id");
    }

    public static void progress(String actionId, String quarter, String rag) {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("quarter", quarter, "rag", rag, "note", "Progress " + quarter))
                .post("/api/v1/actions/{id}/progress", actionId).then().statusCode(201);
    }

    public static void done(String milestoneId, String on) {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("on", on))
                .post("/api/v1/milestones/{id}/done", milestoneId).then().statusCode(200);
    }

    public static long version(String path, Object id) {
        String etag = given().auth().oauth2(ANALYST).get(path, id).then().statusCode(200).extract().header("ETag");
        return Long.parseLong(etag.replace("\"", ""));
    }
}
