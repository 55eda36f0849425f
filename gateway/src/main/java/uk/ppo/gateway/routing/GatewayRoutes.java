package uk.ppo.gateway.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.http.RequestOptions;
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
import uk.ppo.gateway.audit.AuditVerification;
import uk.ppo.gateway.ratelimit.RateLimiter;
import uk.ppo.gateway.summary.CaseSummary;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Mounts the gateway's routes on its router, in this order: every {@code /api/*} call first passes the token check
 * (401 problem) and the normal-form path check; then the gateway's own composed views,
 * {@code /api/v1/offenders/{id}/summary} and {@code /api/v1/audit/verification}; then every other {@code /api/*} call
 * goes, after the caller's rate limit and its route's body limit, to the service the {@link RouteTable} names (Vert.x
 * HTTP proxy, streaming, token and X-Request-Id forwarded, the caller's address in {@link ForwardedHeaders}, the route's
 * timeout, the service's circuit breaker).
 * {@code /openapi/{service}} serves that service's API document for the Swagger UI.
 */
@Singleton
class GatewayRoutes {

    static final String SELF = "gateway";

    private final GatewayConfig config;
    private final Upstreams upstreams;
    private final Breakers breakers;
    private final HttpFailures failures;
    private final ObjectMapper mapper;
    private final RateLimiter rateLimiter;
    private final CaseSummary summary;
    private final AuditVerification auditVerification;
    private final RouteMetrics metrics;
    private final RouteTable table;
    private final Map<String, HttpProxy> apiProxies = new HashMap<>();
    private final Map<String, HttpProxy> documentProxies = new HashMap<>();

    GatewayRoutes(GatewayConfig config, Upstreams upstreams, Breakers breakers, HttpFailures failures, ObjectMapper mapper,
                  RateLimiter rateLimiter, CaseSummary summary, AuditVerification auditVerification, RouteMetrics metrics) {
        this.config = config;
        this.upstreams = upstreams;
        this.breakers = breakers;
        this.failures = failures;
        this.mapper = mapper;
        this.rateLimiter = rateLimiter;
        this.summary = summary;
        this.auditVerification = auditVerification;
        this.metrics = metrics;
        this.table = RouteTable.of(config);
    }

    void register(@Observes Router router) {
        config.services().keySet().forEach(name -> {
            apiProxies.put(name, apiProxy(name));
            documentProxies.put(name, documentProxy(name));
        });
        router.route("/api/*").handler(this::authenticatedInNormalForm);
        router.routeWithRegex(CaseSummary.PATH_REGEX).handler(rc -> ownView(rc, "/api/v1/offenders/{id}/summary",
                caller -> summary.handle(rc, rc.pathParam("id").toLowerCase(Locale.ROOT))));
        router.routeWithRegex(Pattern.quote(AuditVerification.PATH)).handler(rc -> ownView(rc, AuditVerification.PATH,
                caller -> auditVerification.handle(rc, caller)));
        router.route("/api/*").handler(this::proxyToService);
        router.get("/openapi/:service").handler(this::serviceDocument);
    }

    private void authenticatedInNormalForm(RoutingContext rc) {
        if (!(rc.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"ppo\"");
            failures.send(rc, ProblemType.UNAUTHENTICATED, "A valid bearer token from the ppo realm is required", List.of());
            return;
        }
        if (!rc.request().path().equals(rc.normalizedPath())) {
            failures.send(rc, ProblemType.INVALID_INPUT, "The path must be in normal form (no '..', '//' or encoded '/')", List.of());
            return;
        }
        rc.next();
    }

    private void ownView(RoutingContext rc, String route, Consumer<SecurityIdentity> view) {
        metrics.track(rc, SELF, route);
        if (rateLimiter.admit(rc, caller(rc))) {
            view.accept(caller(rc));
        }
    }

    private void proxyToService(RoutingContext rc) {
        String path = rc.request().path();
        Optional<RouteTable.Route> match = table.match(path);
        if (match.isEmpty()) {
            if (rateLimiter.admit(rc, caller(rc))) {
                failures.send(rc, ProblemType.NOT_FOUND, "No service serves " + path, List.of());
            }
            return;
        }
        RouteTable.Route route = match.get();
        metrics.track(rc, route.service(), route.prefix());
        if (!rateLimiter.admit(rc, caller(rc))) {
            return;
        }
        String length = rc.request().getHeader("Content-Length");
        if (length != null && tooLarge(length, route.maxBodyBytes())) {
            rc.response().putHeader("Connection", "close");
            failures.send(rc, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + path
                    + " accepts (" + route.maxBodyBytes() + " bytes)", List.of());
            return;
        }
        apiProxies.get(route.service()).handle(rc.request());
    }

    private void serviceDocument(RoutingContext rc) {
        HttpProxy documents = documentProxies.get(rc.pathParam("service"));
        if (documents == null) {
            failures.send(rc, ProblemType.NOT_FOUND, "No service named " + rc.pathParam("service"), List.of());
            return;
        }
        documents.handle(rc.request());
    }

    private static SecurityIdentity caller(RoutingContext rc) {
        return ((QuarkusHttpUser) rc.user()).getSecurityIdentity();
    }

    private static boolean tooLarge(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private HttpProxy apiProxy(String name) {
        HttpProxy proxy = HttpProxy.reverseProxy(upstreams.client(name))
                .origin(context -> {
                    Duration timeout = table.match(context.request().proxiedRequest().path())
                            .map(RouteTable.Route::timeout).orElse(config.defaultTimeout());
                    return context.client().request(new RequestOptions()
                            .setServer(upstreams.origin(name))
                            // waiting for a pooled connection counts against the route's timeout
                            .setConnectTimeout(timeout.toMillis())
                            .setIdleTimeout(timeout.toMillis()));
                });
        proxy.addInterceptor(new ForwardedHeaders());
        proxy.addInterceptor(new UpstreamFailures(name + "-service", mapper, Optional.of(breakers.of(name)), breakers.retryAfterSeconds(),
                Optional.of(table::maxBodyBytes)));
        return proxy;
    }

    private HttpProxy documentProxy(String name) {
        HttpProxy proxy = HttpProxy.reverseProxy(upstreams.client(name))
                .origin(context -> context.client().request(new RequestOptions()
                        .setServer(upstreams.origin(name))
                        .setConnectTimeout(config.connectTimeout().toMillis())
                        .setIdleTimeout(config.defaultTimeout().toMillis())));
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                context.request().setURI("/q/openapi?format=json");
                return context.sendRequest();
            }
        });
        proxy.addInterceptor(new UpstreamFailures(name + "-service", mapper, Optional.empty(), 5, Optional.empty()));
        return proxy;
    }
}
