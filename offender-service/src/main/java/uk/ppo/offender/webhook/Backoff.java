package uk.ppo.offender.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code initial}, then each wait {@code factor} times the one before, never
 * more than {@code max}; the last try comes when {@code giveUpAfter} has passed since the first attempt, and a failure
 * then (or later) gives up: the delivery is dead-lettered. A pure rule.
 */
record Backoff(Duration initial, double factor, Duration max, Duration giveUpAfter) {

    Backoff {
        if (initial.isNegative() || initial.isZero() || factor < 1 || max.compareTo(initial) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("a backoff needs initial > 0, factor >= 1, max >= initial, give-up >= 0");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    Duration delayAfter(int attempts) {
        double millis = initial.toMillis() * Math.pow(factor, Math.max(0, attempts - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }

    /** When to try again after {@code attempts} failed attempts, the first at {@code firstAttempt}; empty: give up. */
    Optional<Instant> next(Instant firstAttempt, Instant now, int attempts) {
        Instant deadline = firstAttempt.plus(giveUpAfter);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Instant next = now.plus(delayAfter(attempts));
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
