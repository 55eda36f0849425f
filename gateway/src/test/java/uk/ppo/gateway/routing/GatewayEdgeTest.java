package uk.ppo.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.TestTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the edge does to every call: rate limits, body limits, timeouts, circuit breakers, headers, CORS, metrics. */
@QuarkusTest
@QuarkusTestResource(UpstreamsResource.class)
@QuarkusTestResource(OidcTestResource.class)
class GatewayEdgeTest {

    WireMockServer upstream;
    @Inject
    Breakers breakers;

    @BeforeEach
    void stubs() {
        // each test starts with every service's circuit closed
        breakers.all().values().forEach(CircuitBreaker::reset);
        upstream.resetAll();
        upstream.stubFor(any(urlPathMatching("/api/v1/(schemes|status|offences/bulk).*")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withHeader("X-Content-Type-Options", "nosniff").withBody("{}")));
    }

    @Nested
    class RateLimits {

        @Test
        void aMobileUserOverTheLimitGets429WithRetryAfterAndOtherUsersAreUnaffected() {
            String token = GatewayTokens.mobileUser("mobile." + UUID.randomUUID());
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(token).when().get("/api/v1/status")
                        .then().statusCode(200).header("X-RateLimit-Remaining", equalTo(Integer.toString(2 - i)))
                        // the IETF fields say the same: 3 a minute in the mobile class, 2 - i left
                        .header("RateLimit-Policy", equalTo("\"mobile\";q=3;w=60"))
                        .header("RateLimit", startsWith("\"mobile\";r=" + (2 - i) + ";t="));
            }
            given().auth().oauth2(token).when().get("/api/v1/status")
                    .then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(429))
                    .body("type", equalTo("urn:ppo:problem:too-many-requests"))
                    .body("detail", containsString("user"));
            upstream.verify(3, anyRequestedFor(urlPathEqualTo("/api/v1/status")));
            // the limit is the user's, not the app's
            given().auth().oauth2(GatewayTokens.mobileUser("mobile." + UUID.randomUUID())).when().get("/api/v1/status")
                    .then().statusCode(200);
        }

        @Test
        void theNameSearchIsRoutedToOffenderServiceAndCountsInTheMobileClassWithTheStatusLookup() {
            String token = GatewayTokens.mobileUser("mobile." + UUID.randomUUID());
            for (String path : List.of("/api/v1/status/search", "/api/v1/status", "/api/v1/status/search")) {
                given().auth().oauth2(token).queryParam("lastName", "Smith").queryParam("dateOfBirth", "1984-03-07").when().get(path)
                        .then().statusCode(200).header("X-RateLimit-Limit", equalTo("3"));
            }
            given().auth().oauth2(token).when().get("/api/v1/status/search").then().statusCode(429);
            upstream.verify(2, anyRequestedFor(urlPathEqualTo("/api/v1/status/search")));
        }

        @Test
        void retryAfterSaysWhenTheNextRequestIsAllowed() {
            String token = GatewayTokens.mobileUser("mobile." + UUID.randomUUID());
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(token).when().get("/api/v1/status").then().statusCode(200);
            }
            // 3 per minute: one token every 20 s
            int retryAfter = Integer.parseInt(given().auth().oauth2(token).when().get("/api/v1/status")
                    .then().statusCode(429).extract().header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
        }

        @Test
        void aPartnerSystemIsLimitedPerClientAcrossItsTokens() {
            String client = "partner-" + UUID.randomUUID();
            for (int i = 0; i < 5; i++) {
                // a fresh token each time (client credentials), the same client
                given().auth().oauth2(GatewayTokens.partner(client)).when().get("/api/v1/schemes").then().statusCode(200);
            }
            given().auth().oauth2(GatewayTokens.partner(client)).when().get("/api/v1/schemes")
                    .then().statusCode(429).header("Retry-After", notNullValue()).body("detail", containsString("client"));
            given().auth().oauth2(GatewayTokens.partner("another-" + client)).when().get("/api/v1/schemes").then().statusCode(200);
        }

        @Test
        void anonymousCallsAre401NotCountedAgainstAnyone() {
            given().when().get("/api/v1/schemes").then().statusCode(401).header("X-RateLimit-Remaining", nullValue());
        }
    }

    @Nested
    class Resilience {

        @Test
        void aBodyOverTheRoutesLimitIs413AndNeverReachesTheService() {
            String big = "{\"x\":\"" + "a".repeat(1_100_000) + "\"}";
            given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(big)
                    .when().post("/api/v1/schemes")
                    .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("/api/v1/schemes"));
            upstream.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/schemes")));
        }

        @Test
        void aChunkedBodyOverTheRoutesLimitIs413AndTheServiceNeverGetsAWholeRequest() throws Exception {
            byte[] big = ("{\"x\":\"" + "a".repeat(1_100_000) + "\"}").getBytes();
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                                    + io.restassured.RestAssured.port + "/api/v1/schemes"))
                            .header("Authorization", "Bearer " + TestTokens.forRole("admin"))
                            .header("Content-Type", "application/json")
                            // an InputStream of unknown length goes out chunked, without Content-Length
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode());
            assertTrue(response.body().contains("larger than"), response.body());
            upstream.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/schemes")));
        }

        @Test
        void aSmallChunkedBodyGoesThrough() throws Exception {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                                    + io.restassured.RestAssured.port + "/api/v1/schemes"))
                            .header("Authorization", "Bearer " + TestTokens.forRole("admin"))
                            .header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream("{\"code\":\"X\"}".getBytes())))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            upstream.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/schemes")));
        }

        @Test
        void theBulkRouteTakesLargerBodies() {
            String big = "{\"x\":\"" + "a".repeat(1_100_000) + "\"}";
            given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(big)
                    .when().post("/api/v1/offences/bulk")
                    .then().statusCode(200);
            upstream.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/offences/bulk")));
        }

        @Test
        void aRouteCanHaveMoreTimeThanItsService() {
            upstream.stubFor(get(urlPathEqualTo("/api/v1/hotspots/gi")).willReturn(aResponse().withFixedDelay(2_000).withBody("{}")));
            given().auth().oauth2(TestTokens.forRole("analyst")).when().get("/api/v1/hotspots/gi").then().statusCode(200);
        }

        @Test
        void aTimedOutPostIsNotRetried() {
            upstream.stubFor(post(urlPathEqualTo("/api/v1/hotspots")).willReturn(aResponse().withFixedDelay(2_000).withBody("{}")));
            given().auth().oauth2(TestTokens.forRole("analyst")).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/v1/hotspots").then().statusCode(504);
            upstream.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/hotspots")));
        }

        @Test
        void aGetWhoseConnectionClosesBeforeAnAnswerIsSentAgainOnce() {
            upstream.stubFor(get(urlPathEqualTo("/api/v1/schemes/closing")).inScenario("closing").whenScenarioStateIs(STARTED)
                    .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)).willSetStateTo("closed once"));
            upstream.stubFor(get(urlPathEqualTo("/api/v1/schemes/closing")).inScenario("closing").whenScenarioStateIs("closed once")
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"code\":\"BH\"}")));
            given().auth().oauth2(TestTokens.forRole("coordinator")).when().get("/api/v1/schemes/closing")
                    .then().statusCode(200).body("code", equalTo("BH"));
            upstream.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/schemes/closing")));
        }

        @Test
        void aGetClosedTwiceIs502AndAPostClosedOnceIsNotSentAgain() {
            upstream.stubFor(any(urlPathEqualTo("/api/v1/schemes/closing")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
            given().auth().oauth2(TestTokens.forRole("coordinator")).when().get("/api/v1/schemes/closing")
                    .then().statusCode(502).contentType("application/problem+json");
            upstream.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/schemes/closing")));
            given().auth().oauth2(TestTokens.forRole("coordinator")).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/v1/schemes/closing").then().statusCode(502).contentType("application/problem+json");
            upstream.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/schemes/closing")));
        }

        @Test
        void aHangingServiceDoesNotHoldUpCallsToTheOthers() throws Exception {
            // the gi route waits 5 s for an answer that takes 10 s
            upstream.stubFor(get(urlPathEqualTo("/api/v1/hotspots/gi")).willReturn(aResponse().withFixedDelay(10_000).withBody("{}")));
            ExecutorService pool = Executors.newFixedThreadPool(40);
            try {
                List<CompletableFuture<Integer>> hanging = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String token = TestTokens.user("hang." + i).roles("analyst").token();
                    hanging.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(token)
                            .when().get("/api/v1/hotspots/gi").then().extract().statusCode(), pool));
                }
                Thread.sleep(500);
                given().auth().oauth2(TestTokens.forRole("coordinator")).when().get("/api/v1/schemes")
                        .then().statusCode(200);
                // answered while all the slow calls were still waiting (this machine may be too loaded for a wall-clock bound)
                assertTrue(hanging.stream().noneMatch(CompletableFuture::isDone), "the slow calls are still waiting: "
                        + hanging.stream().filter(CompletableFuture::isDone).map(f -> f.handle((v, e) -> v != null ? v.toString() : e.toString()).join()).toList());
                // every caller gets an answer: 504 after the route's timeout, or 503 once the breaker has opened
                for (CompletableFuture<Integer> call : hanging) {
                    assertTrue(List.of(503, 504).contains(call.get(15, java.util.concurrent.TimeUnit.SECONDS)));
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void aServiceThatKeepsFailingIsCutOffByItsCircuitBreaker() {
            String token = TestTokens.user("breaker." + UUID.randomUUID()).roles("coordinator").token();
            for (int i = 0; i < 10; i++) {
                given().auth().oauth2(token).when().get("/api/v1/down-service/x").then().statusCode(503);
            }
            given().auth().oauth2(token).when().get("/api/v1/down-service/x")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("10"))
                    .body("detail", containsString("stops calling"))
                    .time(lessThan(Duration.ofMillis(500).toMillis()));
            given().when().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'upstreams' }.data.down-service", containsString("circuit open"));
        }
    }

    @Nested
    class Headers {

        @Test
        void apiAnswersCarryTheSecurityHeadersOnce() {
            Response response = given().auth().oauth2(TestTokens.forRole("coordinator")).when().get("/api/v1/schemes");
            response.then().statusCode(200)
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Cache-Control", "no-store")
                    .header("Strict-Transport-Security", nullValue());
            assertEquals(List.of("nosniff"), response.headers().getValues("X-Content-Type-Options"));
        }

        @Test
        void problemsFromTheGatewayCarryThemToo() {
            given().when().get("/api/v1/schemes").then().statusCode(401)
                    .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY").header("Cache-Control", "no-store");
        }

        @Test
        void hstsBehindATlsIngress() {
            given().header("X-Forwarded-Proto", "https").auth().oauth2(TestTokens.forRole("coordinator"))
                    .when().get("/api/v1/schemes").then().statusCode(200)
                    .header("Strict-Transport-Security", containsString("max-age="));
        }

        @Test
        void aPreflightFromAConfiguredOriginIsAllowedWithoutAToken() {
            given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization,content-type")
                    .when().options("/api/v1/schemes")
                    .then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "http://localhost:5173")
                    .header("Access-Control-Allow-Methods", containsString("POST"))
                    .header("Access-Control-Allow-Headers", containsString("Authorization"));
            upstream.verify(0, anyRequestedFor(urlPathEqualTo("/api/v1/schemes")));
        }

        @Test
        void anotherOriginGetsNoCorsPermission() {
            given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                    .when().options("/api/v1/schemes")
                    .then().header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")));
        }
    }

    @Test
    void prometheusCountsAndTimesEachRoute() {
        given().auth().oauth2(TestTokens.forRole("coordinator")).when().get("/api/v1/schemes").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("ppo_gateway_requests_seconds_count{method=\"GET\",route=\"/api/v1/schemes\",service=\"offender\",status=\"200\"}"),
                metrics.lines().filter(l -> l.startsWith("ppo_gateway")).limit(20).toList().toString());
        assertTrue(metrics.contains("ppo_gateway_requests_seconds_bucket{method=\"GET\",route=\"/api/v1/schemes\",service=\"offender\",status=\"200\",le=\"0.1\"}"));
    }

    @Test
    void readinessShowsEachUpstream() {
        upstream.stubFor(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200).withBody("{}")));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.offender-service", containsString("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.down-service", containsString("DOWN"));
    }
}
