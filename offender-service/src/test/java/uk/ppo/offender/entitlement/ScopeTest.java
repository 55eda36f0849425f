package uk.ppo.offender.entitlement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Scheme scope on every scheme path, and the scope look-ups the suite's other services ask. */
@QuarkusTest
class ScopeTest {

    static final String LOOKUP = TestTokens.user("service-account-scoring-service").client("scoring-service")
            .roles("scoring-feed", "scope-lookup").token();

    @Test
    void aSchemeOutsideTheCallersScopeIsAbsentFromTheListAnd404LikeAnUnknownOneOnEveryPath() {
        var mine = Fixtures.scheme();
        var theirs = Fixtures.scheme();
        String scoped = TestTokens.user("sam.scoped").roles("coordinator").schemes(mine.code()).token();
        given().auth().oauth2(scoped).queryParam("size", 500).get("/api/v1/schemes").then().statusCode(200)
                .body("items.code", equalTo(List.of(mine.code()))).body("total", equalTo(1));
        String unknown = UUID.randomUUID().toString();
        for (String path : List.of("/api/v1/schemes/{id}", "/api/v1/schemes/{id}/cohort", "/api/v1/schemes/{id}/reviews",
                "/api/v1/schemes/{id}/nominations", "/api/v1/schemes/{id}/needs-summary")) {
            var outOfScope = given().auth().oauth2(scoped).get(path, theirs.id()).then().statusCode(404).extract();
            var none = given().auth().oauth2(scoped).get(path, unknown).then().statusCode(404).extract();
            assertEquals(none.<String>path("detail").replace(unknown, theirs.id()), outOfScope.path("detail"), path);
            given().auth().oauth2(scoped).get(path, mine.id()).then().statusCode(200);
        }
        String admin = TestTokens.user("ada.admin").roles("admin").schemes(mine.code()).token();
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Renamed", "district", "Elsewhere"))
                .put("/api/v1/schemes/{id}", theirs.id()).then().statusCode(404);
        given().auth().oauth2(Fixtures.ADMIN).get("/api/v1/schemes/{id}", theirs.id()).then().statusCode(200)
                .body("name", not(equalTo("Renamed")));
    }

    @Test
    void aPerformanceCohortNamingASchemeOutOfScopeIsRefusedLikeAnUnknownOne() {
        var mine = Fixtures.scheme();
        var theirs = Fixtures.scheme();
        String scoped = TestTokens.user("ann.analyst").roles("analyst").schemes(mine.code()).token();
        Map<String, Object> cohort = Map.of("name", "NI 30", "schemeIds", List.of(theirs.id()), "fixedOn", "2026-04-01",
                "baselineFrom", "2025-04-01", "baselineTo", "2026-03-31", "followUpFrom", "2026-04-01",
                "followUpTo", "2027-03-31", "targetReductionPercent", 10);
        var outOfScope = given().auth().oauth2(scoped).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(400).extract();
        Map<String, Object> unknownCohort = new java.util.HashMap<>(cohort);
        String unknown = UUID.randomUUID().toString();
        unknownCohort.put("schemeIds", List.of(unknown));
        var none = given().auth().oauth2(scoped).contentType(ContentType.JSON).body(unknownCohort)
                .post("/api/v1/performance/cohorts").then().statusCode(400).extract();
        assertEquals(none.<String>path("detail").replace(unknown, theirs.id()), outOfScope.path("detail"));

        String id = given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(scoped).get("/api/v1/performance/cohorts/{id}", id).then().statusCode(404);
    }

    @Test
    void theScopeLookupsAnswerAPersonsCurrentSchemeSoATransferMovesAccessAtOnce() {
        var first = Fixtures.scheme();
        var second = Fixtures.scheme();
        Map<String, Object> body = Fixtures.person(first.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
        String id = Fixtures.create(body);
        given().auth().oauth2(LOOKUP).get("/api/v1/entitlements/people/{id}", id).then().statusCode(200)
                .body("personId", equalTo(id)).body("schemeId", equalTo(first.id())).body("schemeCode", equalTo(first.code()));

        String firstOnly = TestTokens.user("maya.manager").roles("offender-manager").schemes(first.code()).token();
        String secondOnly = TestTokens.user("mo.manager").roles("offender-manager").schemes(second.code()).token();
        given().auth().oauth2(firstOnly).get("/api/v1/offenders/{id}", id).then().statusCode(200);
        given().auth().oauth2(secondOnly).get("/api/v1/offenders/{id}", id).then().statusCode(404);

        // transferred: the look-up and every path follow at once
        body.put("schemeId", second.id());
        body.remove("pncId");
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/offenders/{id}", id).then().statusCode(200);
        given().auth().oauth2(LOOKUP).get("/api/v1/entitlements/people/{id}", id).then().statusCode(200)
                .body("schemeCode", equalTo(second.code()));
        given().auth().oauth2(firstOnly).get("/api/v1/offenders/{id}", id).then().statusCode(404);
        given().auth().oauth2(secondOnly).get("/api/v1/offenders/{id}", id).then().statusCode(200);

        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(LOOKUP).get("/api/v1/entitlements/people/{id}", unknown).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(LOOKUP).queryParam("id", id).queryParam("id", unknown).get("/api/v1/entitlements/people")
                .then().statusCode(200).body("people", hasSize(1)).body("people[0].schemeCode", equalTo(second.code()));
        given().auth().oauth2(LOOKUP).get("/api/v1/entitlements/people").then().statusCode(400);
        given().auth().oauth2(LOOKUP).get("/api/v1/entitlements/schemes/{id}", first.id()).then().statusCode(200)
                .body("schemeCode", equalTo(first.code()));
        given().auth().oauth2(LOOKUP).get("/api/v1/entitlements/schemes").then().statusCode(200)
                .body("schemes.schemeCode", hasItem(second.code()));
    }

    @Test
    void onlyTheServicesOwnClientsMayUseTheLookups() {
        String id = Fixtures.adult(Fixtures.scheme().id());
        for (String role : List.of("admin", "coordinator", "offender-manager", "officer", "analyst", "partner-system", "auditor")) {
            given().auth().oauth2(TestTokens.forRole(role)).get("/api/v1/entitlements/people/{id}", id).then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).get("/api/v1/entitlements/schemes").then().statusCode(403);
        }
    }

    @Test
    void aRefusedRoleIsAuditedWithWhoAndTheRequest() {
        String officer = TestTokens.user("oscar.officer").roles("officer").token();
        String requestId = "refused-" + UUID.randomUUID();
        given().auth().oauth2(officer).header("X-Request-Id", requestId).header("X-Purpose", "curious")
                .get("/api/v1/schemes").then().statusCode(403);
        // the refusal may be written just after the answer (a role check before the request is dispatched)
        for (int i = 0; i < 50; i++) {
            var found = given().auth().oauth2(Fixtures.AUDITOR).queryParam("user", "oscar.officer").queryParam("size", 500)
                    .get("/api/v1/audit").then().statusCode(200).extract().<List<Map<String, Object>>>path("items");
            var refusal = found.stream().filter(r -> requestId.equals(r.get("requestId"))).findFirst();
            if (refusal.isPresent()) {
                assertEquals("ACCESS_REFUSED", refusal.get().get("action"));
                assertEquals("403 GET /api/v1/schemes", refusal.get().get("detail"));
                assertEquals("curious", refusal.get().get("purpose"));
                assertEquals("officer", refusal.get().get("roles"));
                return;
            }
            sleep();
        }
        throw new AssertionError("no ACCESS_REFUSED record for request " + requestId);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
