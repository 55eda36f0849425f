package uk.ppo.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Upstream services for the gateway's tests: offender, hotspot and action-plan are a WireMock
 * server (hotspot with a 1 s timeout, for 504s); scoring points at a port nobody listens on (503s).
 */
public class UpstreamsResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer wireMock;

    @Override
    public Map<String, String> start() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort());
        wireMock.start();
        String url = "http://localhost:" + wireMock.port();
        return Map.of(
                "ppo.gateway.services.offender.url", url,
                "ppo.gateway.services.hotspot.url", url,
                "ppo.gateway.services.hotspot.timeout", "1s",
                "ppo.gateway.services.action-plan.url", url,
                "ppo.gateway.services.scoring.url", "http://localhost:" + closedPort());
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
