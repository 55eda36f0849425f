package uk.ppo.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.TestTokens;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import com.github.tomakehurst.wiremock.client.WireMock;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's own views: the case-conference summary and the merged API document. */
@QuarkusTest
@QuarkusTestResource(UpstreamsResource.class)
@QuarkusTestResource(OidcTestResource.class)
class GatewayViewsTest {

    WireMockServer upstream;
    @Inject
    Breakers breakers;

    @BeforeEach
    void reset() {
        breakers.all().values().forEach(CircuitBreaker::reset);
        upstream.resetAll();
    }

    @Nested
    class Summary {

        private final String id = UUID.randomUUID().toString();
        private final String token = TestTokens.forRole("coordinator");

        private void person() {
            upstream.stubFor(get(urlPathEqualTo("/api/v1/offenders/" + id)).willReturn(json(200, """
                    {"id":"%s","pncId":"2020/0000001B","firstName":"Dan","lastName":"Brook","dateOfBirth":"1990-01-01",
                     "homeAddress":"1 Secret Road","scheme":{"code":"HASTINGS"},"status":"ACTIVE","strand":"CATCH_CONVICT",
                     "selectedOn":"2026-01-10","lastReviewedOn":"2026-07-10","nextReviewDue":"2027-01-10","flags":["VIOLENCE"]}""".formatted(id))));
        }

        private void score(int status) {
            upstream.stubFor(get(urlPathEqualTo("/api/v1/scoring/people/" + id + "/scores/latest")).willReturn(status == 200
                    ? json(200, """
                    {"personId":"%s","total":142,"matrixVersion":1,"scoredAt":"2026-11-20T10:00:00Z","runId":"r-1",
                     "provisional":false,"lines":[{"category":"BURGLARY_DWELLING","points":60}],"excluded":[]}""".formatted(id))
                    : json(status, "{\"status\":" + status + "}")));
        }

        private void plans() {
            upstream.stubFor(get(urlPathEqualTo("/api/v1/ppo-plans")).willReturn(json(200, """
                    {"items":[{"id":"p-1","offenderId":"%s","kind":"INTERVENTION","status":"ACTIVE","actions":[
                      {"id":"a-1","area":"ACCOMMODATION","agency":"housing","text":"Find a tenancy","due":"2026-12-01","status":"OPEN"},
                      {"id":"a-2","area":"DRUGS","agency":"dip","text":"Drug test","due":"2026-10-01","status":"ACHIEVED"}]}],
                     "page":0,"size":100,"total":1}""".formatted(id))));
        }

        @Test
        void composesPersonScoreAndOpenActionsWithTheCallersToken() {
            person();
            score(200);
            plans();
            given().auth().oauth2(token).header("X-Purpose", "case conference")
                    .when().get("/api/v1/offenders/" + id + "/summary")
                    .then().statusCode(200)
                    .body("offenderId", equalTo(id))
                    .body("person.available", equalTo(true))
                    .body("person.strand", equalTo("CATCH_CONVICT"))
                    .body("person.nextReviewDue", equalTo("2027-01-10"))
                    .body("person", not(hasKey("homeAddress")))
                    .body("score.available", equalTo(true))
                    .body("score.total", equalTo(142))
                    .body("score.lines[0].category", equalTo("BURGLARY_DWELLING"))
                    .body("actions.available", equalTo(true))
                    .body("actions.open.id", contains("a-1"));
            for (String path : new String[]{"/api/v1/offenders/" + id, "/api/v1/scoring/people/" + id + "/scores/latest", "/api/v1/ppo-plans"}) {
                upstream.verify(getRequestedFor(urlPathEqualTo(path))
                        .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                        .withHeader("X-Purpose", WireMock.equalTo("case conference")));
            }
            upstream.verify(getRequestedFor(urlPathEqualTo("/api/v1/ppo-plans")).withQueryParam("offenderId", WireMock.equalTo(id)));
        }

        @Test
        void aPersonNeverScoredHasAnAvailableButEmptyScore() {
            person();
            score(404);
            plans();
            given().auth().oauth2(token).when().get("/api/v1/offenders/" + id + "/summary")
                    .then().statusCode(200).body("score.available", equalTo(true)).body("score.scored", equalTo(false));
        }

        @Test
        void aHangingServiceMarksItsSectionUnavailableWithinTheBudget() {
            person();
            upstream.stubFor(get(urlPathEqualTo("/api/v1/scoring/people/" + id + "/scores/latest"))
                    .willReturn(json(200, "{}").withFixedDelay(5_000)));
            plans();
            given().auth().oauth2(token).when().get("/api/v1/offenders/" + id + "/summary")
                    .then().statusCode(200)
                    .time(lessThan(2_500L))
                    .body("person.available", equalTo(true))
                    .body("actions.available", equalTo(true))
                    .body("score.available", equalTo(false))
                    .body("score.reason", containsString("scoring-service"));
        }

        @Test
        void aFailingServiceMarksItsSectionUnavailable() {
            person();
            score(200);
            upstream.stubFor(get(urlPathEqualTo("/api/v1/ppo-plans")).willReturn(json(500, "{\"status\":500}")));
            given().auth().oauth2(token).when().get("/api/v1/offenders/" + id + "/summary")
                    .then().statusCode(200).body("actions.available", equalTo(false)).body("score.available", equalTo(true));
        }

        @Test
        void anUnknownPersonIs404() {
            upstream.stubFor(get(urlPathEqualTo("/api/v1/offenders/" + id)).willReturn(json(404, "{\"status\":404}")));
            score(404);
            plans();
            given().auth().oauth2(token).when().get("/api/v1/offenders/" + id + "/summary")
                    .then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void needsAToken() {
            given().when().get("/api/v1/offenders/" + id + "/summary").then().statusCode(401);
            upstream.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/offenders/" + id)));
        }

        @Test
        void otherOffenderPathsStillGoToOffenderService() {
            upstream.stubFor(get(urlPathEqualTo("/api/v1/offenders/" + id + "/reviews")).willReturn(json(200, "[]")));
            given().auth().oauth2(token).when().get("/api/v1/offenders/" + id + "/reviews").then().statusCode(200);
        }
    }

    @Nested
    class AuditVerificationView {

        private final String auditor = TestTokens.forRole("auditor");

        private void report(boolean intact) {
            upstream.stubFor(get(urlEqualTo("/api/v1/audit/verification")).willReturn(json(200, intact
                    ? """
                    {"service":"some-service","rowsChecked":120,"intact":true,"firstBreak":null,"checkedAt":"2026-12-07T10:00:00Z"}"""
                    : """
                    {"service":"some-service","rowsChecked":120,"intact":false,"checkedAt":"2026-12-07T10:00:00Z",
                     "firstBreak":{"sequence":42,"kind":"CHANGED","detail":"changed"}}""")));
        }

        @Test
        void asksEveryServiceWithTheCallersTokenAndReportsOneThatCannotBeReachedAsNotIntact() {
            report(true);
            given().auth().oauth2(auditor).get("/api/v1/audit/verification").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("services.service", contains("action-plan-service", "down-service", "hotspot-service",
                            "offender-service", "scoring-service"))
                    .body("services.find { it.service == 'offender-service' }.intact", equalTo(true))
                    .body("services.find { it.service == 'offender-service' }.reachable", equalTo(true))
                    .body("services.find { it.service == 'offender-service' }.rowsChecked", equalTo(120))
                    .body("services.find { it.service == 'down-service' }.reachable", equalTo(false))
                    .body("services.find { it.service == 'down-service' }.intact", equalTo(false))
                    .body("services.find { it.service == 'down-service' }.reason", containsString("could not be reached"));
            upstream.verify(4, getRequestedFor(urlEqualTo("/api/v1/audit/verification"))
                    .withHeader("Authorization", WireMock.equalTo("Bearer " + auditor)));
        }

        @Test
        void passesOnEachServicesFirstBreak() {
            report(false);
            given().auth().oauth2(auditor).get("/api/v1/audit/verification").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("services.find { it.service == 'scoring-service' }.intact", equalTo(false))
                    .body("services.find { it.service == 'scoring-service' }.firstBreak.sequence", equalTo(42))
                    .body("services.find { it.service == 'scoring-service' }.firstBreak.kind", equalTo("CHANGED"));
        }

        @Test
        void aServiceAnsweringSomethingElseIsNotIntact() {
            upstream.stubFor(get(urlEqualTo("/api/v1/audit/verification")).willReturn(json(500, "{\"status\":500}")));
            given().auth().oauth2(auditor).get("/api/v1/audit/verification").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("services.find { it.service == 'hotspot-service' }.reachable", equalTo(false))
                    .body("services.find { it.service == 'hotspot-service' }.reason", containsString("answered 500"));
        }

        @Test
        void onlyAuditorsMayAskAndOthersReachNoService() {
            report(true);
            given().get("/api/v1/audit/verification").then().statusCode(401);
            given().auth().oauth2(TestTokens.forRole("coordinator")).get("/api/v1/audit/verification").then().statusCode(403)
                    .contentType("application/problem+json");
            upstream.verify(0, getRequestedFor(urlEqualTo("/api/v1/audit/verification")));
        }
    }

    @Nested
    class MergedDocument {

        @Test
        void isValidOpenApiWithOneOidcSchemeAndProblemResponsesOnEveryOperation() {
            upstream.stubFor(get(urlEqualTo("/q/openapi?format=json")).willReturn(json(200, SERVICE_DOCUMENT)));
            String document = given().when().get("/q/openapi").then().statusCode(200)
                    .body("components.securitySchemes.keySet()", contains("keycloak"))
                    .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"))
                    .body("components.securitySchemes.keycloak.openIdConnectUrl", containsString("/.well-known/openid-configuration"))
                    .body("paths", hasKey("/api/v1/schemes"))
                    .body("paths", hasKey("/api/v1/scoring/matrices"))
                    .body("paths", hasKey("/api/v1/offenders/{id}/summary"))
                    .body("paths", not(hasKey("/q/internal")))
                    .body("paths", not(hasKey("/api/v1/data-protection/people/{personId}/records")))
                    .body("x-ppo-unavailable-services", hasItem("down-service"))
                    .extract().asString();
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(document);
            assertTrue(result.getMessages().isEmpty(), result.getMessages().toString());
            result.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                assertTrue(operation.getSecurity() != null && !operation.getSecurity().isEmpty(), method + " " + path);
                assertTrue(operation.getSecurity().get(0).containsKey("keycloak"), method + " " + path);
                for (String status : new String[]{"401", "403", "429"}) {
                    assertTrue(operation.getResponses().containsKey(status), method + " " + path + " " + status);
                }
            }));
            assertEquals(Map.of("401", true), Map.of("401", result.getOpenAPI().getComponents().getResponses().containsKey("Unauthenticated")));
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static final String SERVICE_DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"a service","version":"1.0"},
             "tags":[{"name":"Schemes"}],
             "paths":{
               "/api/v1/schemes":{"get":{"operationId":"listSchemes","tags":["Schemes"],"security":[{"SecurityScheme":[]}],
                  "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Scheme"}}}},
                               "400":{"description":"bad","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}},
               "/api/v1/scoring/matrices":{"get":{"operationId":"listMatrices","responses":{"200":{"description":"ok"}}}},
               "/api/v1/data-protection/people/{personId}/records":{"get":{"operationId":"getPersonRecords","responses":{"200":{"description":"ok"}}}},
               "/q/internal":{"get":{"responses":{"200":{"description":"ok"}}}}},
             "components":{"schemas":{"Scheme":{"type":"object","properties":{"code":{"type":"string"}}},
                                      "Problem":{"type":"object","properties":{"status":{"type":"integer"}}}},
                           "securitySchemes":{"SecurityScheme":{"type":"openIdConnect","openIdConnectUrl":"http://x/.well-known/openid-configuration"}}}}""";
}
