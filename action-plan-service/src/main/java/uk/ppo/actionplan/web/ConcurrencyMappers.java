package uk.ppo.actionplan.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.problem.RequestIds;

import java.util.List;

/** A write that lost a race with another one is a 409, not the generic 500. */
public class ConcurrencyMappers {

    @ServerExceptionMapper(priority = 1)
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return conflict(request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response stale(StaleStateException e, HttpServerRequest request) {
        return conflict(request);
    }

    private static Response conflict(HttpServerRequest request) {
        Problem problem = ProblemType.CONFLICT.problem("Someone else changed this record at the same time; read it again and retry",
                request.path(), RequestIds.current(request),
                List.of(new Problem.Violation(Versions.IF_MATCH, "the record has a newer version")));
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
