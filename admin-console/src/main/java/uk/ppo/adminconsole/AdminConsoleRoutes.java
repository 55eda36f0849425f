package uk.ppo.adminconsole;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's few server-side needs, mounted on the router of the application that serves it (the
 * gateway): {@code /admin/config.json} tells the pages where Keycloak is (and a force's map tiles, when it
 * has a tile server), and every {@code /admin/} response gets a content security policy that allows
 * scripts from this origin only, calls to this origin and Keycloak, and images from the tile server. The
 * pages themselves are static files in this jar's META-INF/resources.
 */
@Singleton
class AdminConsoleRoutes {

    static final String CLIENT_ID = "ppo-admin-console";

    private final String authServerUrl;
    private final String mapTileUrl;
    private final String mapTileAttribution;

    AdminConsoleRoutes(Config config) {
        // The browser's view of the realm. In Kubernetes the gateway's OIDC URL is an in-cluster name
        // while its expected token issuer is the public realm URL, so the issuer comes first;
        // PPO_ADMIN_CONSOLE_AUTH_SERVER_URL overrides both.
        this.authServerUrl = config.getOptionalValue("ppo.admin-console.auth-server-url", String.class)
                .or(() -> config.getOptionalValue("quarkus.oidc.token.issuer", String.class)
                        .filter(issuer -> issuer.startsWith("http")))
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class))
                .orElse("http://localhost:8180/realms/ppo");
        // A tile URL template ({z}/{x}/{y}, optionally {s}); without one the map shows the boundaries only.
        this.mapTileUrl = config.getOptionalValue("ppo.admin-console.map-tile-url", String.class).orElse(null);
        this.mapTileAttribution = config.getOptionalValue("ppo.admin-console.map-tile-attribution", String.class).orElse("");
    }

    /** The images source a tile URL template needs: its scheme and host, a {s} subdomain as a wildcard. */
    static String tileOrigin(String template) {
        Matcher origin = Pattern.compile("^(https?://[^/]+)").matcher(template);
        if (!origin.find()) {
            throw new IllegalArgumentException("ppo.admin-console.map-tile-url is not an http(s) URL: " + template);
        }
        return origin.group(1).replace("{s}", "*");
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
                .put("mapTileUrl", mapTileUrl)
                .put("mapTileAttribution", mapTileAttribution)
                .encode();
        String tiles = mapTileUrl == null ? "" : " " + tileOrigin(mapTileUrl);
        String policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" + tiles + "; "
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
