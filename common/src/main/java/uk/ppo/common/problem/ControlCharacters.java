package uk.ppo.common.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses a query or path parameter holding a NUL character with a 400 problem naming the parameter,
 * before any resource sees it: PostgreSQL cannot store or compare NUL in text, and no code, name or
 * search term has one.
 */
public class ControlCharacters {

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext request) {
        List<Problem.Violation> violations = new ArrayList<>();
        collect(request.getUriInfo().getPathParameters(), violations);
        collect(request.getUriInfo().getQueryParameters(), violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, violations.get(0).field() + ": " + violations.get(0).message(),
                    violations);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<Problem.Violation> violations) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> value != null && value.indexOf('\u0000') >= 0)) {
                violations.add(new Problem.Violation(parameter.getKey(), "must not contain a NUL character"));
            }
        }
    }
}
