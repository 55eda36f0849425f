package uk.ppo.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's edge with the real suite: rate limits on a partner's client-credentials tokens, a
 * hanging service (its process frozen with SIGSTOP) answered with 504 and left out of the summary
 * within its budget, CORS preflight, and upstream health in readiness.
 */
@ExtendWith(RunningSuite.class)
class GatewayEdgeIT {

    @Test
    void aPartnerOverItsLimitGets429WithRetryAfterAcrossItsTokens() throws Exception {
        // The partner class allows a burst of 300 per client, refilled at 20/s; only this test uses
        // probation-system. Eight callers with two tokens of the one client drain it faster than it refills.
        String first = RunningSuite.clientToken("probation-system", "probation-system-local-secret");
        String second = RunningSuite.clientToken("probation-system", "probation-system-local-secret");
        AtomicInteger answered = new AtomicInteger();
        AtomicReference<io.restassured.response.Response> limited = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> callers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String token = t % 2 == 0 ? first : second;
                callers.add(pool.submit(() -> {
                    for (int i = 0; i < 1_000 && limited.get() == null; i++) {
                        // a path no service owns: the gateway answers it itself, after the rate limit
                        var response = given().auth().oauth2(token).when().get("/api/v1/no-such-thing");
                        if (response.statusCode() == 429) {
                            limited.compareAndSet(null, response);
                        } else {
                            assertEquals(404, response.statusCode());
                            answered.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> caller : callers) {
                caller.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotNull(limited.get(), "never limited after " + answered.get() + " requests");
        assertTrue(answered.get() >= 290, "limited after only " + answered.get() + " requests");
        limited.get().then().contentType("application/problem+json").body("status", equalTo(429))
                .body("detail", containsString("client"));
        assertTrue(Integer.parseInt(limited.get().header("Retry-After")) >= 1, limited.get().header("Retry-After"));
        // people are limited separately
        given().auth().oauth2(RunningSuite.tokenFor("cora.coordinator")).when().get("/api/v1/schemes").then().statusCode(200);
    }

    @Test
    void aHangingServiceIs504AfterItsTimeoutAndTheSummaryGoesOnWithoutIt() throws Exception {
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        String personId = given().auth().oauth2(coordinator).queryParam("status", "ACTIVE").queryParam("size", 1)
                .when().get("/api/v1/offenders").then().statusCode(200).extract().path("items[0].id");
        // with every service up, each section is there (the first calls of a cold suite may exceed the 3 s budget)
        boolean complete = false;
        for (int attempt = 0; attempt < 5 && !complete; attempt++) {
            var summary = given().auth().oauth2(coordinator).when().get("/api/v1/offenders/" + personId + "/summary");
            summary.then().statusCode(200).body("person.available", equalTo(true)).body("person.status", equalTo("ACTIVE"));
            complete = summary.path("actions.available").equals(true);
        }
        assertTrue(complete, "the summary never had every section");

        freeze(Suite.Service.ACTION_PLAN, true);
        try {
            long start = System.nanoTime();
            given().auth().oauth2(coordinator).when().get("/api/v1/offenders/" + personId + "/summary")
                    .then().statusCode(200)
                    .body("person.available", equalTo(true))
                    .body("person.strand", notNullValue())
                    .body("actions.available", equalTo(false))
                    .body("actions.reason", containsString("action-plan-service"));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 6_000, "the summary waits at most its 3 s budget");
            // action-plan's routes wait 15 s, then 504
            given().auth().oauth2(coordinator).when().get("/api/v1/plans")
                    .then().statusCode(504).contentType("application/problem+json")
                    .body("detail", containsString("action-plan-service"))
                    .time(lessThan(25_000L));
            // meanwhile the other services answer at once
            given().auth().oauth2(coordinator).when().get("/api/v1/schemes").then().statusCode(200).time(lessThan(3_000L));
        } finally {
            freeze(Suite.Service.ACTION_PLAN, false);
        }
        given().auth().oauth2(coordinator).when().get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void theSummaryOfAnUnknownPersonIs404() {
        given().auth().oauth2(RunningSuite.tokenFor("cora.coordinator"))
                .when().get("/api/v1/offenders/00000000-0000-4000-8000-000000000000/summary")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aBrowserOnAConfiguredOriginMayCallTheApi() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/schemes")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().header("Origin", "http://localhost:5173").auth().oauth2(RunningSuite.tokenFor("cora.coordinator"))
                .when().get("/api/v1/schemes")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void readinessShowsEveryServiceAndPrometheusEveryRoute() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.offender-service", containsString("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.action-plan-service", notNullValue());
        given().auth().oauth2(RunningSuite.tokenFor("cora.coordinator")).when().get("/api/v1/schemes").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("ppo_gateway_requests_seconds_count{method=\"GET\",route=\"/api/v1/schemes\",service=\"offender\",status=\"200\"}"));
        given().when().get("/q/metrics").then().body(containsString("ppo_gateway_requests_seconds_bucket"));
        assertTrue(metrics.lines().filter(l -> l.startsWith("ppo_gateway_requests_seconds_count")).count() >= 1);
        given().when().get("/q/health/ready").then().body("checks.size()", greaterThanOrEqualTo(1));
    }

    /** SIGSTOP / SIGCONT: the service keeps its port (connections are accepted) but answers nothing. */
    private static void freeze(Suite.Service service, boolean frozen) throws IOException, InterruptedException {
        Path pidFile = RunningSuite.suite().config().dataDirectory().resolve("pids").resolve(service.module() + ".pid");
        String pid = Files.readString(pidFile).trim();
        Process kill = new ProcessBuilder("kill", frozen ? "-STOP" : "-CONT", pid).inheritIO().start();
        assertTrue(kill.waitFor() == 0, "kill " + pid);
    }
}
