package uk.ppo.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's route table, timeouts, body limits and circuit breakers ({@code ppo.gateway.*}). */
@ConfigMapping(prefix = "ppo.gateway")
public interface GatewayConfig {

    /** Services by name ({@code offender}, {@code scoring}, ...). */
    Map<String, ServiceConfig> services();

    /**
     * Routes that differ from their service's defaults, by a name of your choice: a path prefix with
     * its own timeout and/or request body limit (bulk imports).
     */
    Map<String, RouteConfig> routes();

    /** How long to wait for a TCP connection to a service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may be silent before the caller gets 504, unless the service or route sets its own. */
    @WithDefault("15s")
    Duration defaultTimeout();

    /** The largest request body a route takes unless it sets its own (413 above it). */
    @WithDefault("1M")
    MemorySize defaultMaxBodySize();

    /**
     * Open connections the gateway keeps to each service (HTTP/1.1, keep-alive). A request that finds
     * every connection busy waits, at most for its route's timeout.
     */
    @WithDefault("500")
    int maxConnectionsPerService();

    /** Requests that may wait for a connection to one service before the gateway answers 503 at once. */
    @WithDefault("2000")
    int maxWaitingPerService();

    CircuitBreakerConfig circuitBreaker();

    interface ServiceConfig {
        URI url();

        /** Path prefixes this service owns, e.g. {@code /api/v1/schemes}. */
        List<String> prefixes();

        Optional<Duration> timeout();
    }

    interface RouteConfig {
        /** The path prefix (whole segments) this setting applies to. */
        String prefix();

        Optional<Duration> timeout();

        Optional<MemorySize> maxBodySize();
    }

    /**
     * A breaker per service: when at least {@code failure-rate}% of the last {@code window} calls
     * (and at least {@code minimum-calls}) failed to connect or timed out, calls are refused with 503
     * for {@code open-for}, then a few trial calls decide whether it closes again.
     */
    interface CircuitBreakerConfig {
        @WithDefault("50")
        float failureRate();

        @WithDefault("20")
        int window();

        @WithDefault("10")
        int minimumCalls();

        @WithDefault("10s")
        Duration openFor();

        @WithDefault("3")
        int trialCalls();
    }
}
