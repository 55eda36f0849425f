package uk.ppo.gateway.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import uk.ppo.gateway.ratelimit.RateLimiter;
import uk.ppo.gateway.audit.AuditVerification;
import uk.ppo.gateway.summary.CaseSummary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mounts the route table on the gateway's router: {@code /api/*} goes, after the token check and
 * the caller's rate limit, to the service owning the path (Vert.x HTTP proxy, streaming, token and
 * X-Request-Id forwarded, the route's timeout and body limit, the service's circuit breaker);
 * {@code /api/v1/offenders/{id}/summary} and {@code /api/v1/audit/verification} are the gateway's own composed views;
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
    private final RoutePolicies policies;

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
        List<RoutePolicies.Override> overrides = new ArrayList<>();
        config.routes().values().forEach(route -> overrides.add(new RoutePolicies.Override(route.prefix(), route.timeout(),
                route.maxBodySize().map(size -> size.asLongValue()))));
        this.policies = new RoutePolicies(overrides, config.defaultTimeout(), config.defaultMaxBodySize().asLongValue());
    }

    void register(@Observes Router router) {
        List<RouteTable.Route> routes = new ArrayList<>();
        Map<String, HttpProxy> apiProxies = new HashMap<>();
        Map<String, HttpProxy> documentProxies = new HashMap<>();
        config.services().forEach((name, service) -> {
            service.prefixes().forEach(prefix -> routes.add(new RouteTable.Route(prefix, name)));
            apiProxies.put(name, apiProxy(name, service.timeout()));
            documentProxies.put(name, documentProxy(name));
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
            Optional<String> summaryOf = CaseSummary.offenderId(path);
            if (summaryOf.isPresent()) {
                metrics.track(rc, SELF, "/api/v1/offenders/{id}/summary");
                if (rateLimiter.admit(rc, user.getSecurityIdentity())) {
                    summary.handle(rc, summaryOf.get());
                }
                return;
            }
            if (path.equals(AuditVerification.PATH)) {
                metrics.track(rc, SELF, AuditVerification.PATH);
                if (rateLimiter.admit(rc, user.getSecurityIdentity())) {
                    auditVerification.handle(rc, user.getSecurityIdentity());
                }
                return;
            }
            Optional<RouteTable.Route> route = table.match(path);
            if (route.isEmpty()) {
                if (rateLimiter.admit(rc, user.getSecurityIdentity())) {
                    failures.send(rc, ProblemType.NOT_FOUND, "No service serves " + path, List.of());
                }
                return;
            }
            metrics.track(rc, route.get().service(), route.get().prefix());
            if (!rateLimiter.admit(rc, user.getSecurityIdentity())) {
                return;
            }
            long maxBody = policies.forPath(path, Optional.empty()).maxBodyBytes();
            String length = rc.request().getHeader("Content-Length");
            if (length != null && tooLarge(length, maxBody)) {
                rc.response().putHeader("Connection", "close");
                failures.send(rc, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + path
                        + " accepts (" + maxBody + " bytes)", List.of());
                return;
            }
            apiProxies.get(route.get().service()).handle(rc.request());
        });
        router.get("/openapi/:service").handler(rc -> {
            HttpProxy documents = documentProxies.get(rc.pathParam("service"));
            if (documents == null) {
                failures.send(rc, ProblemType.NOT_FOUND, "No service named " + rc.pathParam("service"), List.of());
                return;
            }
            documents.handle(rc.request());
        });
    }

    private static boolean tooLarge(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private HttpProxy apiProxy(String name, Optional<Duration> serviceTimeout) {
        HttpProxy proxy = HttpProxy.reverseProxy(upstreams.client(name))
                .origin(context -> {
                    Duration timeout = policies.forPath(context.request().proxiedRequest().path(), serviceTimeout).timeout();
                    return context.client().request(new RequestOptions()
                            .setServer(upstreams.origin(name))
                            // waiting for a pooled connection counts against the route's timeout
                            .setConnectTimeout(timeout.toMillis())
                            .setIdleTimeout(timeout.toMillis()));
                });
        proxy.addInterceptor(new UpstreamFailures(name + "-service", mapper, Optional.of(breakers.of(name)), breakers.retryAfterSeconds(),
                Optional.of(path -> policies.forPath(path, Optional.empty()).maxBodyBytes())));
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
