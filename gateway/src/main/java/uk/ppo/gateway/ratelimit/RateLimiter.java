package uk.ppo.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import uk.ppo.common.problem.HttpFailures;
import uk.ppo.common.problem.ProblemType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Admits or refuses an authenticated API call by its caller's token bucket (Bucket4j, in memory: each gateway replica
 * holds its share of every limit, {@link ReplicaShare}). A refused call is 429 problem+json with {@code Retry-After}
 * (whole seconds until a request is allowed again).
 */
@Singleton
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final RateLimitConfig config;
    private final HttpFailures failures;
    private final Map<String, RateLimitConfig.Limit> limits;
    private final ReplicaShare share;
    private final Cache<String, Bucket> buckets;

    RateLimiter(RateLimitConfig config, HttpFailures failures) {
        this.config = config;
        this.failures = failures;
        this.limits = new TreeMap<>(config.limits());
        this.share = new ReplicaShare(config.replicas());
        for (String required : List.of(CallerKey.PARTNER, CallerKey.MOBILE, CallerKey.USER)) {
            if (config.enabled() && !limits.containsKey(required)) {
                throw new IllegalStateException("ppo.gateway.rate-limit.limits." + required + " is not configured");
            }
        }
        // A bucket left alone for longer than it takes to refill completely is full: forget it.
        Duration idle = limits.values().stream()
                .map(l -> l.per().multipliedBy(Math.max(1, burst(l) / Math.max(1, l.requests()) + 1)))
                .max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        this.buckets = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(200_000).build();
    }

    /** True when the call may go on; otherwise the 429 has been sent. */
    public boolean admit(RoutingContext rc, SecurityIdentity identity) {
        if (!config.enabled()) {
            return true;
        }
        CallerKey caller = callerOf(identity);
        RateLimitConfig.Limit limit = limits.get(caller.limitClass());
        Bucket bucket = buckets.get(caller.limitClass() + "|" + caller.key(), k -> Bucket.builder()
                .addLimit(l -> l.capacity(share.of(burst(limit))).refillGreedy(share.of(limit.requests()), limit.per()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long remaining = share.whole(probe.getRemainingTokens(), burst(limit));
        rc.response().putHeader("X-RateLimit-Limit", Long.toString(limit.requests()));
        rc.response().putHeader("X-RateLimit-Remaining", Long.toString(remaining));
        // the IETF httpapi fields (draft-ietf-httpapi-ratelimit-headers): the policy, and what is left of it
        rc.response().putHeader("RateLimit-Policy", "\"" + caller.limitClass() + "\";q=" + limit.requests() + ";w=" + limit.per().toSeconds());
        rc.response().putHeader("RateLimit", "\"" + caller.limitClass() + "\";r=" + remaining + ";t="
                + secondsUntilFull(limit, remaining));
        if (probe.isConsumed()) {
            return true;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        LOG.infof("Rate limit of class %s reached by %s; retry after %d s", caller.limitClass(), caller.key(), seconds);
        rc.response().putHeader("Retry-After", Long.toString(seconds));
        failures.send(rc, ProblemType.TOO_MANY_REQUESTS, "Rate limit of " + limit.requests() + " requests per "
                + limit.per().toSeconds() + " s reached for your " + (caller.limitClass().equals(CallerKey.PARTNER) ? "client" : "user")
                + "; retry after " + seconds + " s", List.of());
        return false;
    }

    private CallerKey callerOf(SecurityIdentity identity) {
        String azp = null;
        String subject = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            azp = jwt.getClaim("azp");
            subject = jwt.getSubject();
        }
        return CallerKey.of(identity.getRoles(), azp, subject, identity.getPrincipal().getName(), config.mobileClients());
    }

    /** Seconds until the bucket holds its whole burst again, refilling {@code requests} per {@code per}. */
    static long secondsUntilFull(RateLimitConfig.Limit limit, long remaining) {
        long missing = Math.max(0, burst(limit) - remaining);
        return (missing * limit.per().toSeconds() + limit.requests() - 1) / limit.requests();
    }

    private static long burst(RateLimitConfig.Limit limit) {
        return limit.burst().orElse(limit.requests());
    }
}
