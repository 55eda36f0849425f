package uk.ppo.scoring.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.scoring.support.OffenderScopes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Refused attempts are kept in scoring-service's audit trail; scoped auditors read only what their scope covers. */
@QuarkusTest
class RefusalAuditTest {

    static final String AUDITOR = TestTokens.forRole("auditor");
    static final String ASSETS = "/api/v1/scoring/people/{id}/asset-assessments";

    /** The ACCESS_REFUSED records written for this request id (a 403 is written on a worker thread: wait a little). */
    static List<Map<String, Object>> refusals(String user, String requestId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            JsonPath audit = given().auth().oauth2(AUDITOR).queryParam("user", user).queryParam("size", 500)
                    .get("/api/v1/scoring/audit").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> found = audit.<Map<String, Object>>getList("items").stream()
                    .filter(r -> requestId.equals(r.get("requestId"))).toList();
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    @Test
    void anOutOfScopePersonIsARefusalWithWhoWhichRequestAndWhy() {
        UUID eastbourne = OffenderScopes.personIn("EASTBOURNE");
        String requestId = "refused-" + UUID.randomUUID();
        String user = "sam.scoped." + System.nanoTime();
        given().auth().oauth2(TestTokens.user(user).roles("coordinator").agency("police").schemes("HASTINGS").token())
                .header("X-Request-Id", requestId).header("X-Purpose", "Case review for the panel")
                .get(ASSETS, eastbourne).then().statusCode(404);
        List<Map<String, Object>> refused = refusals(user, requestId);
        assertEquals(1, refused.size(), refused.toString());
        Map<String, Object> r = refused.get(0);
        assertEquals("ACCESS_REFUSED", r.get("action"));
        assertEquals(eastbourne.toString(), r.get("personId"));
        assertEquals("coordinator", r.get("roles"));
        assertEquals("police", r.get("agency"));
        assertEquals("Case review for the panel", r.get("purpose"));
        assertTrue(String.valueOf(r.get("detail")).contains("EASTBOURNE"), r.toString());
    }

    @Test
    void anUnknownPersonIsNotARefusal() {
        String requestId = "unknown-" + UUID.randomUUID();
        String user = "sam.scoped." + System.nanoTime();
        given().auth().oauth2(TestTokens.user(user).roles("coordinator").schemes("HASTINGS").token())
                .header("X-Request-Id", requestId).get(ASSETS, UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(AUDITOR).queryParam("user", user).get("/api/v1/scoring/audit").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void aForbiddenRoleIsARefusalWithWhoWhichRequestAndWhy() {
        String requestId = "forbidden-" + UUID.randomUUID();
        String user = "olly.officer." + System.nanoTime();
        given().auth().oauth2(TestTokens.user(user).roles("officer").agency("police").token())
                .header("X-Request-Id", requestId).header("X-Purpose", "Street check")
                .get(ASSETS, UUID.randomUUID()).then().statusCode(403);
        List<Map<String, Object>> refused = refusals(user, requestId);
        assertEquals(1, refused.size(), refused.toString());
        Map<String, Object> r = refused.get(0);
        assertEquals("ACCESS_REFUSED", r.get("action"));
        assertEquals("officer", r.get("roles"));
        assertEquals("Street check", r.get("purpose"));
        assertTrue(String.valueOf(r.get("detail")).startsWith("403 GET /api/v1/scoring/people/"), r.toString());
    }

    @Test
    void aScopedAuditorReadsOnlyThePeopleTheirSchemesCover() {
        UUID hastings = OffenderScopes.personIn("HASTINGS");
        UUID eastbourne = OffenderScopes.personIn("EASTBOURNE");
        String yos = TestTokens.user("yasmin.yos").roles("offender-manager").agency("yos").token();
        for (UUID person : List.of(hastings, eastbourne)) {
            given().auth().oauth2(yos).get(ASSETS, person).then().statusCode(200);
        }
        String hastingsAuditor = TestTokens.user("alex.audit").roles("auditor").schemes("HASTINGS").token();
        given().auth().oauth2(hastingsAuditor).queryParam("personId", hastings.toString()).get("/api/v1/scoring/audit")
                .then().statusCode(200).body("items.action", is(List.of("ASSESSMENT_READ")));
        given().auth().oauth2(hastingsAuditor).queryParam("personId", eastbourne.toString()).get("/api/v1/scoring/audit")
                .then().statusCode(200).body("items", hasSize(0)).body("total", is(0));
        given().auth().oauth2(hastingsAuditor).get("/api/v1/scoring/audit").then().statusCode(200)
                .body("items", hasSize(0)).body("total", is(0));
        given().auth().oauth2(TestTokens.user("nora.noscope").roles("auditor").noSchemes().token()).get("/api/v1/scoring/audit")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(AUDITOR).queryParam("personId", eastbourne.toString()).get("/api/v1/scoring/audit")
                .then().statusCode(200).body("items.action", is(List.of("ASSESSMENT_READ", "ACCESS_REFUSED")));
    }
}
