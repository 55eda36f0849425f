package uk.ppo.common.testing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A minimal OpenID provider for service tests: a discovery document and a JWKS holding the public
 * key {@link TestTokens} signs with, on a random local port. The service under test discovers it as
 * it discovers Keycloak, so signature, issuer, audience and expiry are really checked.
 */
public class OidcTestResource implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test OpenID provider", e);
        }
        String base = "http://localhost:" + server.getAddress().getPort() + "/realms/ppo";
        String discovery = """
                {"issuer": "%1$s", "jwks_uri": "%2$s/protocol/openid-connect/certs",
                 "token_endpoint": "%2$s/protocol/openid-connect/token",
                 "authorization_endpoint": "%2$s/protocol/openid-connect/auth",
                 "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(TestTokens.ISSUER, base);
        serve("/realms/ppo/.well-known/openid-configuration", discovery);
        serve("/realms/ppo/protocol/openid-connect/certs", TestTokens.jwks());
        server.start();
        return Map.of("quarkus.oidc.auth-server-url", base);
    }

    private void serve(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
