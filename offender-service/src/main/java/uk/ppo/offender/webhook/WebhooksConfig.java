package uk.ppo.offender.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code ppo.webhooks.*}: delivery of the outbox's events to partner systems' webhooks. Defaults are production's. */
@ConfigMapping(prefix = "ppo.webhooks")
public interface WebhooksConfig {

    /** The wait after a first failed attempt. */
    @WithDefault("5s")
    Duration initialInterval();

    /** Each wait is this many times the one before. */
    @WithDefault("2")
    double factor();

    /** No wait is longer. */
    @WithDefault("1h")
    Duration maxInterval();

    /** Dead-letter a delivery still failing this long after its first attempt. */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** A receiver that has not answered in this time has failed the attempt. */
    @WithDefault("5s")
    Duration timeout();

    /** How often each replica looks for due deliveries (also the scheduler's interval, ppo.webhooks.poll). */
    @WithDefault("2s")
    Duration poll();

    /**
     * Hosts a subscription may name with {@code http} and at a loopback or private address (the local suite and the
     * system tests: localhost). Empty in production: https only, and never an address inside the network (SSRF).
     */
    Optional<List<String>> insecureHosts();

    /** Whether this replica's scheduler works deliveries (every replica does; the module tests drive the worker themselves). */
    @WithDefault("true")
    boolean workerEnabled();

    /** Subscriptions one partner system may hold. */
    @WithDefault("20")
    int maxSubscriptionsPerClient();

    /** {@link #insecureHosts()}, lower-case. */
    default Set<String> insecureHostSet() {
        return insecureHosts().orElse(List.of()).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toSet());
    }

    default Backoff backoff() {
        return new Backoff(initialInterval(), factor(), maxInterval(), giveUpAfter());
    }
}
