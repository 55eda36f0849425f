package uk.ppo.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Upstream services for the gateway's tests: the four services are one WireMock server (hotspot
 * with a 1 s timeout, for 504s); a fifth service, {@code down}, points at a port nobody listens on
 * (503s). Low rate limits for the mobile and partner classes, a 1 s budget for the summary.
 */
public class UpstreamsResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer wireMock;

    @Override
    public Map<String, String> start() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(100));
        wireMock.start();
        String url = "http://localhost:" + wireMock.port();
        Map<String, String> config = new HashMap<>(Map.of(
                "ppo.gateway.services.offender.url", url,
                "ppo.gateway.services.hotspot.url", url,
                "ppo.gateway.services.hotspot.timeout", "1s",
                "ppo.gateway.services.action-plan.url", url,
                "ppo.gateway.services.scoring.url", url,
                // a service that is not running
                "ppo.gateway.services.down.url", "http://localhost:" + closedPort(),
                "ppo.gateway.services.down.prefixes", "/api/v1/down-service",
                // a slow route of the 1 s hotspot service with more time
                "ppo.gateway.routes.gi.prefix", "/api/v1/hotspots/gi",
                "ppo.gateway.routes.gi.timeout", "5s"));
        config.putAll(Map.of(
                "ppo.gateway.rate-limit.limits.mobile.requests", "3",
                "ppo.gateway.rate-limit.limits.mobile.burst", "3",
                "ppo.gateway.rate-limit.limits.partner.requests", "5",
                "ppo.gateway.rate-limit.limits.partner.burst", "5",
                "ppo.gateway.summary.budget", "1s",
                "ppo.gateway.openapi.cache-for", "0s"));
        return config;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(wireMock, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (wireMock != null) {
            wireMock.stop();
        }
    }
}
