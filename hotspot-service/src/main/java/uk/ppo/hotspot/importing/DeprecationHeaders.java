package uk.ppo.hotspot.importing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer of the deprecated synchronous import, problems included, says so: RFC 9745's {@code Deprecation} (since
 * when, as {@code @epoch-seconds}) and an RFC 8594 {@code Link} to its successor, {@code POST /api/v1/incidents/imports}.
 */
public class DeprecationHeaders {

    static final String DEPRECATION = "Deprecation";
    static final String DEPRECATED_SINCE = "@1796601600"; // 2026-12-07T00:00:00Z
    static final String SUCCESSOR = "<" + ImportJobResource.PATH + ">; rel=\"successor-version\"";
    private static final String DEPRECATED_PATH = "/api/v1/incidents/import";

    @ServerResponseFilter
    public void mark(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.equals(DEPRECATED_PATH) || path.equals(DEPRECATED_PATH + "/")) {
            response.getHeaders().putSingle(DEPRECATION, DEPRECATED_SINCE);
            response.getHeaders().add("Link", SUCCESSOR);
        }
    }
}
