package uk.ppo.adminconsole;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.net.URI;

/**
 * The console's few server-side needs, mounted on the router of the application that serves it (the
 * gateway): {@code /admin/config.json} tells the pages where Keycloak is, and every {@code /admin/}
 * response gets a content security policy that allows scripts from this origin only and calls to
 * this origin and Keycloak. The pages themselves are static files in this jar's META-INF/resources.
 */
@Singleton
class AdminConsoleRoutes {

    static final String CLIENT_ID = "ppo-admin-console";

    private final String authServerUrl;

    AdminConsoleRoutes(Config config) {
        // The browser's view of the realm. In Kubernetes the gateway's OIDC URL is an in-cluster name
        // while its expected token issuer is the public realm URL, so the issuer comes first;
        // PPO_ADMIN_CONSOLE_AUTH_SERVER_URL overrides both.
        this.authServerUrl = config.getOptionalValue("ppo.admin-console.auth-server-url", String.class)
                .or(() -> config.getOptionalValue("quarkus.oidc.token.issuer", String.class)
                        .filter(issuer -> issuer.startsWith("http")))
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class))
                .orElse("http://localhost:8180/realms/ppo");
    }

    void register(@Observes Router router) {
        URI realm = URI.create(authServerUrl);
        String keycloakOrigin = realm.getScheme() + "://" + realm.getAuthority();
        String realmName = realm.getPath().replaceFirst(".*/realms/", "").replaceAll("/+$", "");
        String baseUrl = authServerUrl.replaceFirst("/realms/.*$", "");
        String body = new JsonObject()
                .put("keycloakUrl", baseUrl)
                .put("realm", realmName)
                .put("clientId", CLIENT_ID)
                .encode();
        String policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self' " + keycloakOrigin + "; frame-src " + keycloakOrigin + "; "
                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self' " + keycloakOrigin;

        router.route("/admin/*").order(-100).handler(rc -> {
            rc.response()
                    .putHeader("Content-Security-Policy", policy)
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Referrer-Policy", "no-referrer");
            String path = rc.normalizedPath();
            if (path.equals("/admin/") || path.endsWith(".html")) {
                rc.response().putHeader("Cache-Control", "no-cache");
            }
            rc.next();
        });
        // Vert.x matches "/admin" for "/admin/" too: redirect only the path without the slash.
        router.get("/admin").handler(rc -> {
            if (rc.request().path().equals("/admin")) {
                rc.response().setStatusCode(302).putHeader("Location", "/admin/").end();
            } else {
                rc.next();
            }
        });
        router.get("/admin/config.json").handler(rc -> rc.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(body));
    }
}
