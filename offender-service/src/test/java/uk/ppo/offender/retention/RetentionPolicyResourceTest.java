package uk.ppo.offender.retention;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RetentionPolicyResourceTest {

    static final String DPO = TestTokens.user("dora.dpo").roles("data-protection-officer").agency("police").token();
    static final String POLICY = "/api/v1/retention/policy";

    static List<Map<String, Object>> rules(int months) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RetentionRecords.RecordKind kind : RetentionRecords.RecordKind.values()) {
            rules.add(new HashMap<>(Map.of("kind", kind.name(), "reviewMonths", months,
                    "runsFrom", kind == RetentionRecords.RecordKind.AUDIT ? "RECORDED" : "DESELECTION_OR_REMOVAL")));
        }
        return rules;
    }

    @Test
    void theDefaultIsSixYearsForEveryKindOfRecordWithItsSourceAndAChangeIsANewVersionTheOldOneStillReadable() {
        String etag = given().auth().oauth2(DPO).get(POLICY).then().statusCode(200)
                .body("rules", hasSize(RetentionRecords.RecordKind.values().length))
                .body("rules.find { it.kind == 'OFFENCES' }.reviewMonths", equalTo(72))
                .body("rules.find { it.kind == 'OFFENCES' }.runsFrom", equalTo("LAST_OFFENCE"))
                .body("source", startsWith("College of Policing APP, Management of Police Information"))
                .extract().header("ETag");
        int before = Integer.parseInt(etag.replace("\"", ""));

        int after = given().auth().oauth2(DPO).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("rules", rules(120), "source", "Force policy RM-12 after the 2026 MoPI audit"))
                .put(POLICY).then().statusCode(200)
                .header("ETag", equalTo("\"" + (before + 1) + "\""))
                .body("createdBy", equalTo("dora.dpo"))
                .body("rules.reviewMonths", everyItemIs(120))
                .extract().path("version");
        given().auth().oauth2(Fixtures.ADMIN).get(POLICY).then().statusCode(200).body("version", equalTo(after));
        given().auth().oauth2(DPO).get(POLICY + "/versions/{v}", before).then().statusCode(200)
                .body("version", equalTo(before)).body("rules.reviewMonths", hasItem(72));

        // a change built on the version before is refused, and changes nothing
        given().auth().oauth2(DPO).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("rules", rules(24), "source", "stale"))
                .put(POLICY).then().statusCode(412).body("violations[0].field", equalTo("If-Match"));
        given().auth().oauth2(DPO).get(POLICY).then().body("version", equalTo(after));
        given().auth().oauth2(Fixtures.AUDITOR).queryParam("user", "dora.dpo").queryParam("size", 500).get("/api/v1/audit")
                .then().statusCode(200).body("items.action", hasItem("RETENTION_POLICY_CHANGE"));
    }

    @Test
    void aPolicyWithoutARuleForEveryKindOrWithOneTwiceOrOutOfRangeIsRefusedNamingTheField() {
        int version = given().auth().oauth2(DPO).get(POLICY).then().extract().path("version");
        List<Map<String, Object>> missing = rules(72);
        missing.remove(0);
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("rules", missing, "source", "x"))
                .put(POLICY).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("rules"));
        List<Map<String, Object>> twice = rules(72);
        twice.add(twice.get(0));
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("rules", twice, "source", "x"))
                .put(POLICY).then().statusCode(400).body("violations[0].field", equalTo("rules"));
        List<Map<String, Object>> tooLong = rules(72);
        tooLong.get(0).put("reviewMonths", 0);
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("rules", tooLong, "source", "x"))
                .put(POLICY).then().statusCode(400).body("violations[0].field", startsWith("rules"));
        List<Map<String, Object>> unknown = rules(72);
        unknown.get(0).put("runsFrom", "BIRTHDAY");
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("rules", unknown, "source", "x"))
                .put(POLICY).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("rules", rules(72)))
                .put(POLICY).then().statusCode(400).body("violations[0].field", equalTo("source"));
        given().auth().oauth2(DPO).get(POLICY).then().body("version", equalTo(version));
    }

    @Test
    void onlyAdminsAndTheDataProtectionOfficerMayReadOrChangeIt() {
        for (String role : List.of("coordinator", "offender-manager", "officer", "analyst", "auditor", "partner-system")) {
            given().auth().oauth2(TestTokens.forRole(role)).get(POLICY).then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                    .body(Map.of("rules", rules(72), "source", "x")).put(POLICY).then().statusCode(403);
        }
        given().get(POLICY).then().statusCode(401);
        given().auth().oauth2(DPO).get(POLICY + "/versions/{v}", 99999).then().statusCode(404);
    }

    private static org.hamcrest.Matcher<Iterable<? extends Integer>> everyItemIs(int value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
