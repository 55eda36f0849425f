package uk.ppo.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rate limits per caller ({@code ppo.gateway.rate-limit.*}): a token bucket per client (partner
 * systems, keyed by the token's {@code azp}) or per user (keyed by the token's subject), with the
 * limits of the caller's class: {@code partner} (role partner-system), {@code mobile} (user tokens
 * issued to one of {@link #mobileClients()}), {@code user} (everyone else). Each of {@link #replicas()} gateways
 * allows its share of every limit.
 */
@ConfigMapping(prefix = "ppo.gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /**
     * How many gateway replicas share each caller's limits: each allows this share of the requests and of the burst
     * (rounded up), so behind a load balancer that spreads requests evenly a caller gets each limit once in all.
     */
    @WithDefault("1")
    int replicas();

    /** Clients whose user tokens are limited as {@code mobile}. */
    @WithDefault("ppo-mobile")
    List<String> mobileClients();

    /** Limits by class name: {@code partner}, {@code mobile}, {@code user}. */
    Map<String, Limit> limits();

    interface Limit {
        /** Requests allowed per {@link #per()}, refilled smoothly. */
        long requests();

        Duration per();

        /** Requests that may be made at once after a quiet spell; defaults to {@link #requests()}. */
        Optional<Long> burst();
    }
}
