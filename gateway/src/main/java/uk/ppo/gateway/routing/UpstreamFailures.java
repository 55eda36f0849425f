package uk.ppo.gateway.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
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
import java.util.concurrent.TimeoutException;

/**
 * Turns a failed call to a service into a problem+json answer instead of the proxy's bare 502:
 * refused or unreachable → 503, no answer within the route's timeout → 504, anything else → 502.
 * Logs the path only: query strings can hold personal data (a PNC id).
 */
final class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final String service;
    private final ObjectMapper mapper;

    UpstreamFailures(String service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(request, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // The gateway's own filter already put the request id on the response.
        context.response().headers().remove(RequestIds.HEADER);
        return context.sendResponse();
    }

    private ProxyResponse problem(ProxyRequest request, Throwable failure) {
        ProblemType type = classify(failure);
        String path = request.proxiedRequest().path();
        LOG.warnf("%s %s via %s answered %d: %s", request.getMethod(), path, service, type.status(), failure.toString());
        String detail = switch (type) {
            case SERVICE_UNAVAILABLE -> "The " + service + " service is not available; try again shortly";
            case GATEWAY_TIMEOUT -> "The " + service + " service did not answer in time";
            default -> "The " + service + " service gave no usable answer";
        };
        Problem problem = type.problem(detail, path, request.headers().get(RequestIds.HEADER), List.of());
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
            response.putHeader("Retry-After", "5");
        }
        return response;
    }

    static ProblemType classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return ProblemType.SERVICE_UNAVAILABLE;
            }
            if (t instanceof TimeoutException) {
                return ProblemType.GATEWAY_TIMEOUT;
            }
        }
        return ProblemType.BAD_GATEWAY;
    }
}
