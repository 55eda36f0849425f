package uk.ppo.gateway.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.problem.RequestIds;

import java.net.ConnectException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToLongFunction;

/**
 * Turns a failed call to a service into a problem+json answer instead of the proxy's bare 502:
 * refused or unreachable → 503, no answer within the route's timeout → 504, anything else → 502.
 * Feeds the service's circuit breaker and answers 503 without calling while it is open. Retries
 * only a GET or HEAD whose pooled connection was closed before any answer came back, once, on a
 * new connection (RFC 9110 9.2.2; a keep-alive connection can close just as a request is put on
 * it): nothing else, since a POST that timed out or was cut off may have been applied. Logs the
 * path only: query strings can hold personal data (a PNC id).
 */
final class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);
    /** Headers the gateway sets itself on every response; the service's copies are dropped. */
    private static final Set<String> GATEWAY_HEADERS = Set.of(RequestIds.HEADER, "X-Content-Type-Options", "Cache-Control",
            "X-Frame-Options", "Content-Security-Policy", "Referrer-Policy", "Strict-Transport-Security");

    private final String service;
    private final ObjectMapper mapper;
    private final Optional<CircuitBreaker> breaker;
    private final long retryAfterSeconds;
    private final Optional<ToLongFunction<String>> maxBodyBytes;

    UpstreamFailures(String service, ObjectMapper mapper, Optional<CircuitBreaker> breaker, long retryAfterSeconds,
                     Optional<ToLongFunction<String>> maxBodyBytes) {
        this.service = service;
        this.mapper = mapper;
        this.breaker = breaker;
        this.retryAfterSeconds = retryAfterSeconds;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        if (breaker.isPresent() && !breaker.get().tryAcquirePermission()) {
            return Future.succeededFuture(refused(request));
        }
        boolean[] tooLarge = {false};
        maxBodyBytes.ifPresent(limits -> {
            long limit = limits.applyAsLong(request.proxiedRequest().path());
            if (request.getBody() != null && request.getBody().length() < 0) {
                request.setBody(Body.body(new LimitedBody(request.getBody().stream(), limit, () -> tooLarge[0] = true), -1));
            }
        });
        long start = System.nanoTime();
        return context.sendRequest()
                .recover(failure -> mayRetry(request, failure) ? sendAgain(context) : Future.failedFuture(failure))
                .map(response -> {
                    breaker.ifPresent(b -> b.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS));
                    return response;
                })
                .recover(failure -> {
                    if (tooLarge[0]) {
                        breaker.ifPresent(CircuitBreaker::releasePermission);
                        request.proxiedRequest().response().putHeader("Connection", "close");
                        return Future.succeededFuture(respond(request, ProblemType.PAYLOAD_TOO_LARGE,
                                "The request body is larger than " + request.proxiedRequest().path() + " accepts", 0));
                    }
                    breaker.ifPresent(b -> b.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure));
                    return Future.succeededFuture(problem(request, failure));
                });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        GATEWAY_HEADERS.forEach(context.response().headers()::remove);
        return context.sendResponse();
    }

    /** A bodiless GET or HEAD whose connection closed before the service answered anything: safe to send again. */
    private boolean mayRetry(ProxyRequest request, Throwable failure) {
        boolean safe = (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD)
                && request.proxiedRequest().getHeader("Content-Length") == null
                && request.proxiedRequest().getHeader("Transfer-Encoding") == null;
        if (safe && failure instanceof HttpClosedException) {
            LOG.debugf("%s %s: connection to %s closed before an answer; sending it again", request.getMethod(),
                    request.proxiedRequest().path(), service);
            return true;
        }
        return false;
    }

    /**
     * The request sent again, on the next turn of the event loop: the proxy's own clean-up of the failed
     * attempt (it resets whichever upstream request the proxied request holds) runs after this recovery,
     * and must not reset the new attempt. The request has no body, but the proxy would pipe the
     * incoming request's stream again, which ended with the first attempt: it is told there is none.
     */
    private static Future<ProxyResponse> sendAgain(ProxyContext context) {
        context.request().setBody(null);
        Promise<ProxyResponse> again = Promise.promise();
        Vertx.currentContext().runOnContext(ignored -> context.sendRequest().onComplete(again));
        return again.future();
    }

    private ProxyResponse refused(ProxyRequest request) {
        LOG.debugf("%s %s refused: %s circuit open", request.getMethod(), request.proxiedRequest().path(), service);
        return respond(request, ProblemType.SERVICE_UNAVAILABLE,
                "The " + service + " service is failing; the gateway stops calling it for a while. Try again later", retryAfterSeconds);
    }

    private ProxyResponse problem(ProxyRequest request, Throwable failure) {
        ProblemType type = classify(failure);
        LOG.warnf("%s %s via %s answered %d: %s", request.getMethod(), request.proxiedRequest().path(), service, type.status(), failure.toString());
        String detail = switch (type) {
            case SERVICE_UNAVAILABLE -> "The " + service + " service is not available; try again shortly";
            case GATEWAY_TIMEOUT -> "The " + service + " service did not answer in time";
            default -> "The " + service + " service gave no usable answer";
        };
        return respond(request, type, detail, 5);
    }

    private ProxyResponse respond(ProxyRequest request, ProblemType type, String detail, long retryAfter) {
        Problem problem = type.problem(detail, request.proxiedRequest().path(), request.headers().get(RequestIds.HEADER), List.of());
        String json;
        try {
            json = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            json = "{}";
        }
        ProxyResponse response = request.release().response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(json)));
        if (type == ProblemType.SERVICE_UNAVAILABLE) {
            response.putHeader("Retry-After", Long.toString(retryAfter));
        }
        return response;
    }

    static ProblemType classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof ConnectionPoolTooBusyException) {
                return ProblemType.SERVICE_UNAVAILABLE;
            }
            if (t instanceof TimeoutException) {
                return ProblemType.GATEWAY_TIMEOUT;
            }
        }
        return ProblemType.BAD_GATEWAY;
    }
}
