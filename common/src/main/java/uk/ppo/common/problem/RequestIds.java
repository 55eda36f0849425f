package uk.ppo.common.problem;

import io.opentelemetry.api.trace.Span;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request carries an {@code X-Request-Id}: the caller's (gateway's) if it is sane, a new UUID
 * otherwise. It is put on the request (so it is forwarded), on the response, in problem bodies, in
 * the log context ({@code %X{requestId}}) and on the request's server span (attribute {@code ppo.request_id}),
 * so one request can be followed through every service's logs and traces.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String SPAN_ATTRIBUTE = "ppo.request_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id == null || !SANE.matcher(id).matches()) {
                id = newId();
                rc.request().headers().set(HEADER, id);
            }
            rc.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            Span.current().setAttribute(SPAN_ATTRIBUTE, id);
            rc.next();
        }, 1000);
    }

    /**
     * A random (version 4) UUID. A request id is a label for following one request through the logs,
     * not a secret, so it comes from {@link ThreadLocalRandom}, not {@link UUID#randomUUID()}'s
     * {@code SecureRandom}, which cost the gateway 3 % of its CPU at 500 requests a second.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;                           // version 4
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(high, low).toString();
    }

    /** The id of the request being handled (set by the filter above). */
    public static String current(HttpServerRequest request) {
        return request == null ? null : request.getHeader(HEADER);
    }
}
