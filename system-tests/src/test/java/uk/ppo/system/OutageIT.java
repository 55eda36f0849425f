package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;
import uk.ppo.suite.Suite.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The suite's dependencies going away and coming back, with the real processes: Keycloak stopped
 * (tokens issued before keep working from the keys each service cached, new logins fail closed,
 * nothing answers 500), and PostgreSQL stopped (readiness goes down, requests get a 503 problem
 * without internals, the gateway's readiness names the services that are down, and the services
 * recover on their own when it is back). Every test puts back what it stopped and waits until the
 * whole suite is ready again, since the other system tests share it.
 */
@ExtendWith(RunningSuite.class)
class OutageIT {

    static final Duration RECOVERY = Duration.ofMinutes(5);

    /** One read per service that reaches its database, as a coordinator may make it. */
    record Probe(Service service, String path, Map<String, String> query) {

        Response through(RequestSpecificationFactory request) {
            return request.create().queryParams(query).get(path);
        }

        Response direct(String token) {
            return given().baseUri(RunningSuite.suite().serviceUrl(service)).port(port()).auth().oauth2(token)
                    .queryParams(query).get(path);
        }

        int port() {
            return java.net.URI.create(RunningSuite.suite().serviceUrl(service)).getPort();
        }

        @Override
        public String toString() {
            return service.module() + " GET " + path;
        }
    }

    interface RequestSpecificationFactory {
        io.restassured.specification.RequestSpecification create();
    }

    static List<Probe> probes(String personId) {
        return List.of(
                new Probe(Service.OFFENDER, "/api/v1/offenders/" + personId, Map.of()),
                new Probe(Service.SCORING, "/api/v1/scoring/runs", Map.of("schemeId", PpoJourneyIT.HASTINGS)),
                new Probe(Service.HOTSPOT, "/api/v1/areas", Map.of("type", "DISTRICT")),
                new Probe(Service.ACTION_PLAN, "/api/v1/plans", Map.of()));
    }

    @Test
    void withKeycloakStoppedEarlierTokensStillWorkNewLoginsFailAndNothingAnswers500() throws Exception {
        SuiteControl suite = RunningSuite.suite();
        String cora = RunningSuite.tokenFor("cora.coordinator");
        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        String personId = ConcurrencyAndCrashIT.createPerson(cora, ConcurrencyAndCrashIT.freshPnc()).path("id");
        String stranger = unknownKeyToken();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        // every service has checked a token once, so it holds the realm's keys
        for (Probe probe : probes(personId)) {
            probe.through(() -> given().auth().oauth2(cora)).then().statusCode(200);
        }

        suite.stopKeycloak();
        try {
            int login = loginStatus("cora.coordinator");
            assertNotEquals(200, login, "a login must fail while Keycloak is down");
            int partnerLogin = clientLoginStatus();
            assertNotEquals(200, partnerLogin, "a client-credentials login must fail while Keycloak is down");

            for (Probe probe : probes(personId)) {
                calls += expect(wrong, probe + " via gateway, token from before", probe.through(() -> given().auth().oauth2(cora)), 200);
                calls += expect(wrong, probe + " direct, token from before", probe.direct(cora), 200);
                // a token signed by a key nobody has seen makes the service look for new keys, and Keycloak is not there
                calls += expectProblem(wrong, probe + " via gateway, unknown key", probe.through(() -> given().auth().oauth2(stranger)), 401);
                calls += expectProblem(wrong, probe + " direct, unknown key", probe.direct(stranger), 401);
                calls += expectProblem(wrong, probe + " via gateway, no token", probe.through(() -> given()), 401);
            }
            calls += expect(wrong, "gateway composed summary", given().auth().oauth2(cora)
                    .get("/api/v1/offenders/{id}/summary", personId), 200);
            calls += expect(wrong, "a write with a token from before", ConcurrencyAndCrashIT.createPerson(cora, ConcurrencyAndCrashIT.freshPnc()), 201);
            calls += expect(wrong, "a partner read with a token from before", given().auth().oauth2(police)
                    .get("/api/v1/areas"), 200);

            // a service (re)started while Keycloak is down never fetched the keys: it cannot check a token, and says so
            suite.restartService(Service.ACTION_PLAN);
            Probe plans = probes(personId).get(3);
            calls += expectProblem(wrong, "action-plan-service started without Keycloak, via gateway",
                    plans.through(() -> given().auth().oauth2(cora)), 503);
            calls += expectProblem(wrong, "action-plan-service started without Keycloak, direct", plans.direct(cora), 503);
            System.out.printf("OUTAGE Keycloak stopped: logins answered %d and %d (refused), %d calls with tokens from before,"
                    + " unknown keys and none, and to a service started meanwhile (503), %d wrong%n", login, partnerLogin, calls, wrong.size());
        } finally {
            suite.startKeycloak();
            awaitWholeSuite();
        }
        assertEquals(List.of(), wrong);
        String fresh = RunningSuite.tokenFor("cora.coordinator");
        given().auth().oauth2(fresh).get("/api/v1/offenders/{id}", personId).then().statusCode(200);
        // the service started without Keycloak fetches the keys on its next request, without a restart
        await(() -> probes(personId).get(3).through(() -> given().auth().oauth2(fresh)), r -> r.statusCode() == 200,
                Duration.ofSeconds(60), "action-plan-service once Keycloak is back");
    }

    @Test
    void withPostgresStoppedReadinessGoesDownRequestsGet503ProblemsAndTheServicesRecoverByThemselves() throws Exception {
        SuiteControl suite = RunningSuite.suite();
        String cora = RunningSuite.tokenFor("cora.coordinator");
        String personId = ConcurrencyAndCrashIT.createPerson(cora, ConcurrencyAndCrashIT.freshPnc()).path("id");
        String pncDuringOutage = ConcurrencyAndCrashIT.freshPnc();
        List<Probe> probes = probes(personId);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        suite.stopPostgres();
        try {
            for (Service service : Service.values()) {
                Response ready = await(() -> given().baseUri(suite.serviceUrl(service)).port(port(suite, service))
                        .get("/q/health/ready"), r -> r.statusCode() == 503, Duration.ofSeconds(60), service + " readiness DOWN");
                assertEquals("DOWN", ready.path("status"), service + " readiness");
            }
            for (Probe probe : probes) {
                calls += expectProblem(wrong, probe + " via gateway", probe.through(() -> given().auth().oauth2(cora)), 503);
                calls += expectProblem(wrong, probe + " direct", probe.direct(cora), 503);
            }
            calls += expectProblem(wrong, "a write via gateway", ConcurrencyAndCrashIT.createPerson(cora, pncDuringOutage), 503);
            // the gateway's composed view degrades part by part (its documented behaviour), never to a 500
            Response summary = given().auth().oauth2(cora).get("/api/v1/offenders/{id}/summary", personId);
            calls += expect(wrong, "gateway composed summary", summary, 200);
            String parts = summary.asString().replace(" ", "");
            if (summary.statusCode() == 200 && (parts.contains("\"available\":true") || !parts.contains("\"available\":false"))) {
                wrong.add("gateway composed summary shows a part as available while PostgreSQL is down: " + truncate(summary.asString()));
            }

            JsonPath gateway = JsonPath.from(given().get("/q/health/ready").asString());
            @SuppressWarnings("unchecked")
            Map<String, String> upstreams = (Map<String, String>) gateway.getList("checks", Map.class).stream()
                    .filter(check -> "upstreams".equals(check.get("name"))).findFirst().orElseThrow().get("data");
            for (Service service : Service.values()) {
                if (!upstreams.get(service.module()).startsWith("DOWN")) {
                    wrong.add("gateway readiness shows " + service.module() + " as " + upstreams.get(service.module()));
                }
            }
            System.out.printf("OUTAGE PostgreSQL stopped: 4 of 4 services not ready, %d calls, %d wrong (503 problems"
                    + " without internals; the composed summary 200 with every part unavailable); gateway readiness: %s%n",
                    calls, wrong.size(), upstreams);

            suite.startPostgres();
            Instant back = Instant.now();
            // no restart: each service's pool reconnects on its own
            for (Probe probe : probes) {
                await(() -> probe.through(() -> given().auth().oauth2(cora)), r -> r.statusCode() == 200,
                        Duration.ofSeconds(120), probe + " after PostgreSQL is back");
            }
            long recoveredMs = Duration.between(back, Instant.now()).toMillis();
            for (Service service : Service.values()) {
                await(() -> given().baseUri(suite.serviceUrl(service)).port(port(suite, service)).get("/q/health/ready"),
                        r -> r.statusCode() == 200, Duration.ofSeconds(60), service + " readiness UP");
            }
            // the write refused during the outage left nothing behind: the same person can be added now
            expect(wrong, "the write refused during the outage, sent again", ConcurrencyAndCrashIT.createPerson(cora, pncDuringOutage), 201);
            expect(wrong, "the person added before the outage", given().auth().oauth2(cora)
                    .get("/api/v1/offenders/{id}", personId), 200);
            System.out.printf("OUTAGE PostgreSQL back: all 4 services answered again %,d ms later without a restart%n", recoveredMs);
        } finally {
            suite.startPostgres();
            awaitWholeSuite();
        }
        assertEquals(List.of(), wrong);
    }

    private static int expect(List<String> wrong, String what, Response response, int status) {
        if (response.statusCode() != status) {
            wrong.add(what + ": " + response.statusCode() + " " + truncate(response.asString()));
        }
        return 1;
    }

    private static int expectProblem(List<String> wrong, String what, Response response, int status) {
        String body = response.asString();
        String type = response.contentType();
        if (response.statusCode() != status || type == null || !type.startsWith("application/problem+json")) {
            wrong.add(what + ": " + response.statusCode() + " " + type + " " + truncate(body));
        } else if (AccessMatrixIT.LEAK.matcher(body).find()) {
            wrong.add(what + ": the body shows internals: " + truncate(body));
        } else if (JsonPath.from(body).getInt("status") != status) {
            wrong.add(what + ": the problem's status is not " + status + ": " + truncate(body));
        }
        return 1;
    }

    private static int loginStatus(String username) {
        try {
            return given().baseUri(RunningSuite.suite().config().keycloakUrl()).port(RunningSuite.suite().config().keycloakPort())
                    .contentType(ContentType.URLENC)
                    .formParam("grant_type", "password").formParam("client_id", "ppo-cli")
                    .formParam("username", username).formParam("password", "ppo-local")
                    .post("/realms/ppo/protocol/openid-connect/token").statusCode();
        } catch (Exception refused) {
            return -1;   // nothing listens
        }
    }

    private static int clientLoginStatus() {
        try {
            return given().baseUri(RunningSuite.suite().config().keycloakUrl()).port(RunningSuite.suite().config().keycloakPort())
                    .contentType(ContentType.URLENC)
                    .formParam("grant_type", "client_credentials").formParam("client_id", "police-system")
                    .formParam("client_secret", "police-system-local-secret")
                    .post("/realms/ppo/protocol/openid-connect/token").statusCode();
        } catch (Exception refused) {
            return -1;
        }
    }

    /** A well-formed token naming the ppo realm as issuer, signed by a key Keycloak never published. */
    private static String unknownKeyToken() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        long now = Instant.now().getEpochSecond();
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"not-in-keycloak\"}".getBytes());
        String payload = b64.encodeToString(("{\"iss\":\"" + RunningSuite.suite().config().issuer() + "\",\"aud\":\"ppo-api\","
                + "\"sub\":\"x\",\"preferred_username\":\"mallory\",\"realm_access\":{\"roles\":[\"coordinator\"]},"
                + "\"iat\":" + now + ",\"exp\":" + (now + 300) + "}").getBytes());
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initSign(generator.generateKeyPair().getPrivate());
        rsa.update((header + "." + payload).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return header + "." + payload + "." + b64.encodeToString(rsa.sign());
    }

    private static int port(SuiteControl suite, Service service) {
        return java.net.URI.create(suite.serviceUrl(service)).getPort();
    }

    /** Whatever a test stopped is back: every process ready, and a login works (the next test class needs one). */
    static void awaitWholeSuite() {
        RunningSuite.suite().awaitReady(RECOVERY);
        await(() -> loginStatus("cora.coordinator"), status -> status == 200, RECOVERY, "a login after the outage");
    }

    static <T> T await(Supplier<T> call, java.util.function.Predicate<T> done, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = call.get();
                if (done.test(last)) {
                    return last;
                }
            } catch (RuntimeException notYet) {
                last = null;
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail(what + ": not reached within " + timeout.toSeconds() + " s; last answer "
                + (last instanceof Response r ? r.statusCode() + " " + truncate(r.asString()) : last));
        return last;
    }

    private static String truncate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
