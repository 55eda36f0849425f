package uk.ppo.hotspot.importing;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

/**
 * The HTTP body limit is raised for the streaming imports; every other endpoint keeps the suite's 1 MB
 * (boundaries 20 MB), checked on Content-Length before the body is read. The limits are configured
 * ({@link BodyLimitsConfig}), with the gateway's values for the same paths.
 */
public class BodyLimits {

    private final long jsonLimit;
    private final long boundaryLimit;

    BodyLimits(BodyLimitsConfig limits) {
        this.jsonLimit = limits.json().asLongValue();
        this.boundaryLimit = limits.boundaries().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length == null) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.equals("/api/v1/incidents/import") || path.equals(ImportJobResource.PATH) || path.startsWith("/api/v1/areas/import")) {
            return; // bounded by quarkus.http.limits.max-body-size and the uncompressed-size check
        }
        long limit = path.startsWith("/api/v1/areas/boundaries") ? boundaryLimit : jsonLimit;
        try {
            if (Long.parseLong(length.strip()) > limit) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than this endpoint accepts (" + limit + " bytes)");
            }
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Content-Length", "must be a number");
        }
    }
}
