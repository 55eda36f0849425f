package uk.ppo.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code ppo_gateway_requests_seconds} per route (service and route prefix), method and status:
 * the count gives the rate, the 5xx statuses the errors, the buckets the latency histogram.
 */
@Singleton
public class RouteMetrics {

    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final MeterRegistry registry;
    /** One timer per route, method and status, found without building a meter id on every call. */
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    private record Key(String service, String route, String method, int status) {
    }

    RouteMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records the call when its response has been sent. */
    public void track(RoutingContext rc, String service, String route) {
        long start = System.nanoTime();
        String method = rc.request().method().name();
        rc.addEndHandler(ended -> timers.computeIfAbsent(new Key(service, route, method, rc.response().getStatusCode()), this::timer)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
    }

    private Timer timer(Key key) {
        return Timer.builder("ppo.gateway.requests")
                .description("API calls through the gateway")
                .tag("service", key.service())
                .tag("route", key.route())
                .tag("method", key.method())
                .tag("status", Integer.toString(key.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }
}
