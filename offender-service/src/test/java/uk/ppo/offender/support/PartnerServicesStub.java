package uk.ppo.offender.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * scoring-service's and action-plan-service's data-protection endpoints, and Keycloak's token endpoint, as
 * WireMock stubs. scoring-service is down for the first disposal it is asked for (503), as if killed midway,
 * and answers every later one: a disposal must retry until it is done.
 */
public class PartnerServicesStub implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_TOKEN = "offender-service-token";
    static final String PERSON = "/api/v1/data-protection/people/[0-9a-f-]{36}";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/realms/ppo/protocol/openid-connect/token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        for (String service : new String[] {"scoring", "action-plan"}) {
            String name = service + "-service";
            server.stubFor(get(urlPathMatching("/" + service + PERSON + "/records"))
                    .withHeader("Authorization", matching("Bearer " + SERVICE_TOKEN))
                    .willReturn(json("""
                            {"service":"%s","personId":"5f0c3c2e-0000-4000-8000-000000000001","generatedAt":"2026-12-07T09:00:00Z",
                             "records":[{"kind":"%s","id":"r-1","source":"%s","recordedAt":"2026-12-01T10:00:00Z",
                                         "updatedAt":null,"content":{"total":42}}],
                             "disclosures":[{"at":"2026-12-01T10:00:01Z","username":"cora.coordinator","client":"ppo-admin",
                                             "agency":"police","roles":"coordinator","action":"READ","detail":null,
                                             "purpose":"panel","requestId":"req-%s"}]}"""
                            .formatted(name, service.equals("scoring") ? "score" : "ppo-plan", name, service))));
        }
        server.stubFor(delete(urlPathMatching("/scoring" + PERSON)).inScenario("scoring killed midway")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("restarted")
                .willReturn(aResponse().withStatus(503)));
        server.stubFor(delete(urlPathMatching("/scoring" + PERSON)).inScenario("scoring killed midway")
                .whenScenarioStateIs("restarted")
                .willReturn(json("{\"service\":\"scoring-service\",\"personId\":\"5f0c3c2e-0000-4000-8000-000000000001\",\"disposed\":{\"score\":2}}")));
        server.stubFor(delete(urlPathMatching("/action-plan" + PERSON))
                .willReturn(json("{\"service\":\"action-plan-service\",\"personId\":\"5f0c3c2e-0000-4000-8000-000000000001\",\"disposed\":{\"ppo-plan\":1}}")));
        String base = "http://localhost:" + server.port();
        return Map.of(
                "ppo.data-protection.scoring-service.url", base + "/scoring",
                "ppo.data-protection.action-plan-service.url", base + "/action-plan",
                "quarkus.oidc-client.auth-server-url", base + "/realms/ppo",
                "quarkus.oidc-client.credentials.secret", "test-secret");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
