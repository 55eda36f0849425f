package uk.ppo.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Failures that happen below the REST layer (authentication of a bearer token, HTTP permission
 * checks, body limits, the gateway's own routes) get the same problem+json bodies as the resources.
 */
@Singleton
public class HttpFailures {

    private static final Logger LOG = Logger.getLogger(HttpFailures.class);

    private final ObjectMapper mapper;

    public HttpFailures(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Throwable failure = rc.failure();
        ProblemType type;
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            type = ProblemType.UNAUTHENTICATED;
        } else if (failure instanceof ForbiddenException) {
            type = ProblemType.FORBIDDEN;
        } else if (failure instanceof ProblemException problem) {
            send(rc, problem.type(), problem.getMessage(), problem.violations());
            return;
        } else if (ProblemMappers.isIdentityProviderUnavailable(failure)) {
            // a service that has not fetched the realm's keys yet cannot check any token while Keycloak is down
            LOG.warnf("Identity provider unavailable on %s %s", rc.request().method(), rc.request().path());
            response.putHeader("Retry-After", "5");
            send(rc, ProblemType.SERVICE_UNAVAILABLE,
                    "Tokens cannot be checked just now: the identity provider is unavailable; try again shortly", List.of());
            return;
        } else if (rc.statusCode() > 0) {
            type = ProblemType.forStatus(rc.statusCode());
        } else {
            LOG.errorf(failure, "Unexpected failure on %s %s", rc.request().method(), rc.request().path());
            type = ProblemType.INTERNAL_ERROR;
        }
        String detail = switch (type) {
            case UNAUTHENTICATED -> "A valid bearer token from the ppo realm is required";
            case FORBIDDEN -> "Your role does not allow this operation";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than this endpoint accepts";
            case NOT_FOUND -> "No resource at " + rc.request().path();
            case INTERNAL_ERROR -> "The request failed; quote the request id when reporting it";
            default -> type.title();
        };
        if (type == ProblemType.UNAUTHENTICATED) {
            response.putHeader("WWW-Authenticate", "Bearer realm=\"ppo\"");
        }
        send(rc, type, detail, List.of());
    }

    /** Writes a problem response; also used by the gateway for its own errors. */
    public void send(RoutingContext rc, ProblemType type, String detail, List<Problem.Violation> violations) {
        Problem problem = type.problem(detail, rc.request().path(), RequestIds.current(rc.request()), violations);
        try {
            rc.response().setStatusCode(type.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            rc.response().setStatusCode(500).end();
        }
    }
}
