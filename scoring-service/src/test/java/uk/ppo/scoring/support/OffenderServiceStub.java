package uk.ppo.scoring.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * offender-service and Keycloak's token endpoint as WireMock stubs on a random port. Tests reach the
 * stubs through WireMock's HTTP admin API at {@code ppo.test.offender-stub.port} (test resources and
 * tests live in different class loaders).
 */
public class OffenderServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_TOKEN = "scoring-service-token";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/realms/ppo/protocol/openid-connect/token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        String base = "http://localhost:" + server.port();
        return Map.of(
                "quarkus.rest-client.offender-service.url", base,
                "quarkus.oidc-client.auth-server-url", base + "/realms/ppo",
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", "/protocol/openid-connect/token",
                "quarkus.oidc-client.credentials.secret", "test-secret",
                "ppo.test.offender-stub.port", Integer.toString(server.port()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
