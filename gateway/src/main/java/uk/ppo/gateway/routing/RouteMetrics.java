package uk.ppo.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

import java.time.Duration;

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

    RouteMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records the call when its response has been sent. */
    public void track(RoutingContext rc, String service, String route) {
        long start = System.nanoTime();
        String method = rc.request().method().name();
        rc.addEndHandler(ended -> Timer.builder("ppo.gateway.requests")
                .description("API calls through the gateway")
                .tag("service", service)
                .tag("route", route)
                .tag("method", method)
                .tag("status", Integer.toString(rc.response().getStatusCode()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS));
    }
}
