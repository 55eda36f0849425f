package uk.ppo.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import uk.ppo.common.problem.RequestIds;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's own calls to the services for a view it composes (the case summary, the audit verification): each
 * behind the service's circuit breaker and within a time budget, with the caller's token, request id and purpose. A
 * service that fails, is too slow or whose circuit is open gives an {@link Outcome} saying so, never an exception,
 * so the view can show what the other services answered.
 */
@Singleton
public class ComposedCalls {

    private static final Logger LOG = Logger.getLogger(ComposedCalls.class);

    /** The caller's headers each call carries on. */
    private static final List<String> FORWARDED = List.of("Authorization", RequestIds.HEADER, "X-Purpose");

    /** What one service answered ({@code body} its JSON, null if none), or why it did not ({@code failure}). */
    public record Outcome(String service, int status, JsonNode body, String failure) {

        public boolean ok() {
            return failure == null && status == 200;
        }
    }

    private final Upstreams upstreams;
    private final Breakers breakers;
    private final ObjectMapper mapper;

    ComposedCalls(Upstreams upstreams, Breakers breakers, ObjectMapper mapper) {
        this.upstreams = upstreams;
        this.breakers = breakers;
        this.mapper = mapper;
    }

    /** The headers of the caller's request that the view's calls carry on, asking for JSON. */
    public MultiMap headers(RoutingContext rc) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Accept", "application/json");
        FORWARDED.forEach(name -> {
            String value = rc.request().getHeader(name);
            if (value != null) {
                headers.add(name, value);
            }
        });
        return headers;
    }

    /** GETs {@code uri} from {@code service} for the view named {@code view} (in the log when the service fails). */
    public Future<Outcome> get(String view, String service, String uri, MultiMap headers, Duration budget) {
        CircuitBreaker breaker = breakers.of(service);
        if (!breaker.tryAcquirePermission()) {
            return Future.succeededFuture(new Outcome(service, 0, null, service + "-service is failing; the gateway is not calling it for a while"));
        }
        long start = System.nanoTime();
        return upstreams.get(service, uri, headers, budget)
                .map(answer -> {
                    breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                    return new Outcome(service, answer.status(), parse(answer.body() == null ? null : answer.body().toString()), null);
                })
                .otherwise(failure -> {
                    breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
                    LOG.warnf("%s: %s-service failed: %s", view, service, failure.toString());
                    return new Outcome(service, 0, null, service + "-service did not answer in time or could not be reached");
                });
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
