package uk.ppo.system;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real Keycloak tokens that are wrong in the two ways a signature check alone does not catch: expired,
 * and issued for another audience. They come from the realm's local-only test clients
 * ({@code ppo-test-short-lived}: 10-second access tokens; {@code ppo-test-no-audience}: the same claims
 * without {@code ppo-api}), which the Kubernetes realm strips. Both are refused with a 401 problem by
 * the gateway and by each service on its own, for reads and for a write.
 */
@ExtendWith(RunningSuite.class)
class ExpiredAndForeignAudienceTokenIT {

    static String personId;

    @BeforeAll
    static void aPersonToRead() {
        personId = ConcurrencyAndCrashIT.createPerson(RunningSuite.tokenFor("cora.coordinator"), ConcurrencyAndCrashIT.freshPnc())
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aTokenWithoutThePpoApiAudienceIsRefusedEverywhere() {
        String token = RunningSuite.tokenFor("cora.coordinator", "ppo-test-no-audience");
        JsonPath claims = claims(token);
        // the same user, roles and agency as a proper token: only the audience differs
        Object audience = claims.get("aud");   // absent, a string or a list
        assertFalse(String.valueOf(audience).contains("ppo-api"), "aud: " + audience);
        assertTrue(claims.getList("realm_access.roles").contains("coordinator"));
        assertEquals("cora.coordinator", claims.getString("preferred_username"));
        assertTrue(claims.getString("agency") != null, "the agency claim is there");

        int calls = refusedEverywhere(token, "without the ppo-api audience");
        System.out.printf("TOKENS without the ppo-api audience: %d calls, all 401 problems%n", calls);
    }

    @Test
    void anExpiredTokenIsRefusedEverywhereThoughItWorkedMomentsBefore() throws Exception {
        String token = RunningSuite.tokenFor("cora.coordinator", "ppo-test-short-lived");
        JsonPath claims = claims(token);
        long expiresAt = claims.getLong("exp");
        assertEquals(10, expiresAt - claims.getLong("iat"), "the test client's access tokens live 10 s");
        Object audience = claims.get("aud");
        assertTrue(String.valueOf(audience).contains("ppo-api"), "aud: " + audience);
        // valid while it lasts, so the refusal below is about the expiry
        given().auth().oauth2(token).get("/api/v1/offenders/{id}", personId).then().statusCode(200);

        long waitMs = expiresAt * 1_000 - System.currentTimeMillis() + 2_000;
        Thread.sleep(Math.max(0, waitMs));
        int calls = refusedEverywhere(token, "expired");
        System.out.printf("TOKENS expired (10 s lifespan, tried 2 s after expiry): %d calls, all 401 problems%n", calls);
    }

    /** A sample of reads per service and a write, through the gateway and direct to each service. */
    private static int refusedEverywhere(String token, String what) {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (OutageIT.Probe probe : OutageIT.probes(personId)) {
            calls += refused(wrong, probe + " via gateway", probe.through(() -> given().auth().oauth2(token)));
            calls += refused(wrong, probe + " direct", probe.direct(token));
        }
        calls += refused(wrong, "gateway composed summary", given().auth().oauth2(token).get("/api/v1/offenders/{id}/summary", personId));
        String pnc = ConcurrencyAndCrashIT.freshPnc();
        calls += refused(wrong, "a write via gateway", ConcurrencyAndCrashIT.createPerson(token, pnc));
        assertEquals(List.of(), wrong, "a token " + what);
        // and the refused write stored nothing: a proper token can add the same person now
        ConcurrencyAndCrashIT.createPerson(RunningSuite.tokenFor("cora.coordinator"), pnc).then().statusCode(201);
        return calls;
    }

    private static int refused(List<String> wrong, String what, Response response) {
        String type = response.contentType();
        if (response.statusCode() != 401 || type == null || !type.startsWith("application/problem+json")
                || AccessMatrixIT.LEAK.matcher(response.asString()).find()) {
            wrong.add(what + ": " + response.statusCode() + " " + type + " " + response.asString());
        }
        return 1;
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
