package uk.ppo.gateway.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import uk.ppo.common.problem.HttpFailures;
import uk.ppo.common.problem.ProblemType;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mounts the route table on the gateway's router: {@code /api/*} goes to the service owning the
 * path (Vert.x HTTP proxy, streaming, token and X-Request-Id forwarded), {@code /openapi/{service}}
 * serves that service's API document for the Swagger UI.
 */
@Singleton
class GatewayRoutes {

    private final GatewayConfig config;
    private final Vertx vertx;
    private final HttpFailures failures;
    private final ObjectMapper mapper;

    GatewayRoutes(GatewayConfig config, Vertx vertx, HttpFailures failures, ObjectMapper mapper) {
        this.config = config;
        this.vertx = vertx;
        this.failures = failures;
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        List<RouteTable.Route> routes = new ArrayList<>();
        Map<String, HttpProxy> apiProxies = new HashMap<>();
        Map<String, HttpProxy> documentProxies = new HashMap<>();
        config.services().forEach((name, service) -> {
            service.prefixes().forEach(prefix -> routes.add(new RouteTable.Route(prefix, name)));
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setConnectTimeout((int) config.connectTimeout().toMillis())
                    .setKeepAlive(true)
                    .setMaxPoolSize(100));
            Duration timeout = service.timeout().orElse(config.defaultTimeout());
            apiProxies.put(name, proxy(client, name, service.url(), timeout, Optional.empty()));
            documentProxies.put(name, proxy(client, name, service.url(), config.defaultTimeout(), Optional.of("/q/openapi?format=json")));
        });
        RouteTable table = new RouteTable(routes);

        router.route("/api/*").handler(rc -> {
            if (!(rc.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
                rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"ppo\"");
                failures.send(rc, ProblemType.UNAUTHENTICATED, "A valid bearer token from the ppo realm is required", List.of());
                return;
            }
            String path = rc.request().path();
            if (!path.equals(rc.normalizedPath())) {
                failures.send(rc, ProblemType.INVALID_INPUT, "The path must be in normal form (no '..', '//' or encoded '/')", List.of());
                return;
            }
            table.match(path).ifPresentOrElse(
                    route -> apiProxies.get(route.service()).handle(rc.request()),
                    () -> failures.send(rc, ProblemType.NOT_FOUND, "No service serves " + path, List.of()));
        });
        router.get("/openapi/:service").handler(rc -> {
            HttpProxy documents = documentProxies.get(rc.pathParam("service"));
            if (documents == null) {
                notFound(rc);
                return;
            }
            documents.handle(rc.request());
        });
    }

    private void notFound(RoutingContext rc) {
        failures.send(rc, ProblemType.NOT_FOUND, "No service named " + rc.pathParam("service"), List.of());
    }

    private HttpProxy proxy(HttpClient client, String name, URI url, Duration timeout, Optional<String> rewriteTo) {
        SocketAddress origin = SocketAddress.inetSocketAddress(url.getPort(), url.getHost());
        HttpProxy proxy = HttpProxy.reverseProxy(client)
                .origin(context -> context.client().request(new RequestOptions()
                        .setServer(origin)
                        .setConnectTimeout(config.connectTimeout().toMillis())
                        .setIdleTimeout(timeout.toMillis())));
        rewriteTo.ifPresent(uri -> proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                context.request().setURI(uri);
                return context.sendRequest();
            }
        }));
        proxy.addInterceptor(new UpstreamFailures(name + "-service", mapper));
        return proxy;
    }
}
