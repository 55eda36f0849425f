package uk.ppo.gateway.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * HSTS on responses to requests that came over TLS (directly, or to the ingress in front, which says
 * so with {@code X-Forwarded-Proto}); the other security headers are configuration
 * ({@code quarkus.http.header.*}). Over plain HTTP the header would be ignored and only confuses.
 */
@Singleton
class SecurityHeaders {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (rc.request().isSSL() || "https".equalsIgnoreCase(rc.request().getHeader("X-Forwarded-Proto"))) {
                rc.response().putHeader("Strict-Transport-Security", HSTS);
            }
            rc.next();
        }, 900);
    }
}
