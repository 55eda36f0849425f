package uk.ppo.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.ppo.gateway.routing.GatewayConfig;
import uk.ppo.gateway.routing.RouteTable;
import uk.ppo.gateway.routing.Upstreams;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code GET /q/openapi}: the suite's one API document, merged from the four services' documents
 * ({@link OpenApiMerger}) plus the gateway's own summary view. Served as JSON; cached while complete.
 * A service that cannot be reached is left out and named in {@code x-ppo-unavailable-services}.
 */
@Singleton
class ApiDocuments {

    private static final Logger LOG = Logger.getLogger(ApiDocuments.class);

    private final Upstreams upstreams;
    private final GatewayConfig gateway;
    private final RouteTable routes;
    private final OpenApiConfig config;
    private final ObjectMapper mapper;
    private final String keycloakUrl;
    private final String version;
    private final JsonNode ownDocument;
    private volatile String cached;
    private volatile long cachedUntil;

    ApiDocuments(Upstreams upstreams, GatewayConfig gateway, OpenApiConfig config, ObjectMapper mapper,
                 @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
                 @ConfigProperty(name = "quarkus.application.version") String version) {
        this.version = version;
        this.upstreams = upstreams;
        this.gateway = gateway;
        this.routes = RouteTable.of(gateway);
        this.config = config;
        this.mapper = mapper;
        this.keycloakUrl = config.keycloakUrl().orElse(authServerUrl);
        try (InputStream in = ApiDocuments.class.getResourceAsStream("/openapi/gateway.json")) {
            this.ownDocument = mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("The gateway's own API description is missing", e);
        }
    }

    void register(@Observes Router router) {
        // ahead of the gateway's own (empty) SmallRye document at the same path
        router.get("/q/openapi").order(-1000).handler(this::serve);
        router.get("/q/openapi.json").order(-1000).handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String document = cached;
        if (document != null && System.currentTimeMillis() < cachedUntil) {
            send(rc, document);
            return;
        }
        // alphabetical, so the same documents always merge to the same names (the first service keeps a bare name)
        List<String> names = new ArrayList<>(new TreeSet<>(gateway.services().keySet()));
        List<Future<JsonNode>> documents = names.stream().map(name -> upstreams
                .get(name, "/q/openapi?format=json", MultiMap.caseInsensitiveMultiMap().add("Accept", "application/json"), Duration.ofSeconds(5))
                .map(answer -> answer.status() == 200 ? parse(answer.body().toString()) : null)
                .otherwise(failure -> null)).toList();
        Future.join(new ArrayList<>(documents)).onComplete(done -> {
            List<OpenApiMerger.Source> sources = new ArrayList<>();
            sources.add(new OpenApiMerger.Source("gateway", ownDocument, path -> true));
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                JsonNode doc = documents.get(i).succeeded() ? documents.get(i).result() : null;
                if (doc == null) {
                    missing.add(name + "-service");
                    continue;
                }
                sources.add(new OpenApiMerger.Source(name, doc,
                        path -> routes.match(path).filter(route -> route.service().equals(name)).isPresent()));
            }
            ObjectNode merged = new OpenApiMerger(mapper).merge(sources, keycloakUrl + "/.well-known/openid-configuration", version);
            String json;
            if (missing.isEmpty()) {
                json = merged.toString();
                cached = json;
                cachedUntil = System.currentTimeMillis() + config.cacheFor().toMillis();
            } else {
                LOG.warnf("API document merged without %s", missing);
                merged.putPOJO("x-ppo-unavailable-services", missing);
                json = merged.toString();
            }
            send(rc, json);
        });
    }

    private JsonNode parse(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static void send(RoutingContext rc, String json) {
        rc.response().putHeader("Content-Type", "application/json").putHeader("Content-Disposition", "inline; filename=\"ppo-suite-openapi.json\"").end(json);
    }
}
