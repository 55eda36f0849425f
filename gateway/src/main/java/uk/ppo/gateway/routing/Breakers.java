package uk.ppo.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.TreeMap;

/**
 * One circuit breaker per service (Resilience4j), shared by the proxy and the summary view. Counts
 * calls that could not connect or timed out; a service's own 4xx/5xx answers are answers.
 */
@Singleton
public class Breakers {

    private final Map<String, CircuitBreaker> breakers = new TreeMap<>();
    private final GatewayConfig.CircuitBreakerConfig settings;

    Breakers(GatewayConfig config) {
        this.settings = config.circuitBreaker();
        CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRate())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(settings.trialCalls())
                .build();
        config.services().keySet().forEach(name -> breakers.put(name, CircuitBreaker.of(name, breakerConfig)));
    }

    public CircuitBreaker of(String service) {
        CircuitBreaker breaker = breakers.get(service);
        if (breaker == null) {
            throw new IllegalArgumentException("No service named " + service);
        }
        return breaker;
    }

    public Map<String, CircuitBreaker> all() {
        return breakers;
    }

    /** Seconds a caller refused by an open breaker should wait. */
    public long retryAfterSeconds() {
        return Math.max(1, settings.openFor().toSeconds());
    }
}
