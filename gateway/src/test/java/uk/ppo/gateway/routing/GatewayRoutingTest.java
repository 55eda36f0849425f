package uk.ppo.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(UpstreamsResource.class)
@QuarkusTestResource(OidcTestResource.class)
class GatewayRoutingTest {

    WireMockServer upstream;
    private final String token = TestTokens.forRole("coordinator");

    @BeforeEach
    void reset() {
        upstream.resetAll();
    }

    @Test
    void forwardsACallWithTheCallersTokenAndARequestId() {
        upstream.stubFor(get(urlEqualTo("/api/v1/schemes?page=0")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[{\"code\":\"HASTINGS\"}]}")));

        given().auth().oauth2(token).queryParam("page", 0)
                .when().get("/api/v1/schemes")
                .then().statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("items.code", hasItem("HASTINGS"));

        upstream.verify(getRequestedFor(urlPathEqualTo("/api/v1/schemes"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("X-Request-Id", matching("[0-9a-f-]{36}")));
    }

    @Test
    void tellsTheServiceTheAddressTheCallerUsedSoItsLocationNamesTheGateway() {
        upstream.stubFor(post(urlPathEqualTo("/api/v1/incidents/imports")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{}")));

        given().auth().oauth2(token).contentType("text/csv").body("x")
                .when().post("/api/v1/incidents/imports")
                .then().statusCode(202);

        upstream.verify(postRequestedFor(urlPathEqualTo("/api/v1/incidents/imports"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Host", equalTo("localhost"))
                .withHeader("X-Forwarded-Port", equalTo(Integer.toString(io.restassured.RestAssured.port))));
    }

    @Test
    void keepsTheCallersRequestIdEndToEnd() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/plans")).willReturn(aResponse().withStatus(200).withBody("{}")));

        given().auth().oauth2(token).header("X-Request-Id", "mobile-7f3a")
                .when().get("/api/v1/plans")
                .then().statusCode(200).header("X-Request-Id", org.hamcrest.Matchers.equalTo("mobile-7f3a"));

        upstream.verify(getRequestedFor(urlPathEqualTo("/api/v1/plans")).withHeader("X-Request-Id", equalTo("mobile-7f3a")));
    }

    @Test
    void streamsRequestBodiesAndPassesServiceErrorsThrough() {
        upstream.stubFor(post(urlPathEqualTo("/api/v1/schemes")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":409,\"title\":\"Conflict\"}")));

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"code\":\"HASTINGS\"}")
                .when().post("/api/v1/schemes")
                .then().statusCode(409).contentType("application/problem+json");

        upstream.verify(postRequestedFor(urlPathEqualTo("/api/v1/schemes")).withRequestBody(equalToJson("{\"code\":\"HASTINGS\"}")));
    }

    @Test
    void rejectsCallsWithoutAValidTokenBeforeTheyReachAService() {
        given().when().get("/api/v1/schemes")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        String expired = TestTokens.user("x").roles("coordinator").expiresAt(Instant.now().minusSeconds(600)).token();
        given().auth().oauth2(expired).when().get("/api/v1/schemes")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("garbage").when().get("/api/v1/schemes")
                .then().statusCode(401).contentType("application/problem+json");
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/schemes")));
    }

    // The gateway and the services hold tokens they verified (common's VerifiedTokens): holding one
    // must never stretch its life or let a changed copy through.
    @Test
    void aTokenAcceptedBeforeIsRefusedFromTheSecondItExpires() throws InterruptedException {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/schemes")).willReturn(aResponse().withStatus(200).withBody("{}")));
        Instant expiry = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        String shortLived = TestTokens.user("olly.short-lived").roles("officer").expiresAt(expiry).token();

        given().auth().oauth2(shortLived).when().get("/api/v1/schemes").then().statusCode(200);
        given().auth().oauth2(shortLived).when().get("/api/v1/schemes").then().statusCode(200);
        Thread.sleep(Duration.between(Instant.now(), expiry).toMillis() + 50);
        given().auth().oauth2(shortLived).when().get("/api/v1/schemes")
                .then().statusCode(401).contentType("application/problem+json");

        upstream.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/schemes")));
    }

    @Test
    void aChangedCopyOfAnAcceptedTokenIsRefused() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/audit")).willReturn(aResponse().withStatus(200).withBody("{}")));
        String officer = TestTokens.user("olly.officer").roles("officer").token();
        given().auth().oauth2(officer).when().get("/api/v1/audit").then().statusCode(200);

        String[] parts = officer.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"officer\""), claims);
        String promoted = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"officer\"", "\"auditor\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(promoted).when().get("/api/v1/audit")
                .then().statusCode(401).contentType("application/problem+json");

        upstream.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/audit")));
    }

    @Test
    void aServiceThatIsDownIs503ProblemAtOnce() {
        given().auth().oauth2(token)
                .when().get("/api/v1/down-service/things")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("down-service"))
                .time(lessThan(Duration.ofSeconds(3).toMillis()));
    }

    @Test
    void aServiceThatHangsIs504ProblemAfterItsTimeout() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/hotspots")).willReturn(aResponse().withFixedDelay(5_000).withBody("{}")));

        given().auth().oauth2(token)
                .when().get("/api/v1/hotspots")
                .then().statusCode(504).contentType("application/problem+json")
                .body("requestId", notNullValue())
                .time(lessThan(Duration.ofSeconds(4).toMillis()));
    }

    @Test
    void aPathNoServiceOwnsIs404Problem() {
        given().auth().oauth2(token).when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        // a dot-segment that would climb from one service's prefix into another's
        given().auth().oauth2(token).urlEncodingEnabled(false).when().get("/api/v1/plans/%2e%2e/schemes")
                .then().statusCode(400).contentType("application/problem+json");
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/schemes")));
    }

    /** The services' internal look-ups and data-protection jobs are for the suite's own clients, service to service. */
    @Test
    void theInternalServiceToServicePathsAreNotRouted() {
        UUID person = UUID.randomUUID();
        for (String path : List.of("/api/v1/entitlements/people/" + person, "/api/v1/data-protection/people/" + person + "/records")) {
            given().auth().oauth2(token).when().get(path).then().statusCode(404).contentType("application/problem+json");
            upstream.verify(0, getRequestedFor(urlPathEqualTo(path)));
        }
        given().auth().oauth2(token).when().delete("/api/v1/data-protection/people/" + person)
                .then().statusCode(404).contentType("application/problem+json");
        upstream.verify(0, deleteRequestedFor(urlPathEqualTo("/api/v1/data-protection/people/" + person)));
    }

    @Test
    void servesEachServicesApiDocumentAndOneSwaggerUi() {
        upstream.stubFor(get(urlEqualTo("/q/openapi?format=json")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"openapi\":\"3.1.0\",\"paths\":{}}")));

        given().when().get("/openapi/offender").then().statusCode(200).body("openapi", org.hamcrest.Matchers.equalTo("3.1.0"));
        given().when().get("/openapi/nobody").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
