package uk.ppo.offender.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.security.Scope;
import uk.ppo.offender.outbox.EntitledOutbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static uk.ppo.offender.NativeValues.instant;

/**
 * Deliveries as rows, so they outlive a replica and a restart. Any number of replicas work them: a subscription's
 * fan-out and a delivery's attempt are each claimed with {@code FOR UPDATE SKIP LOCKED}, held for the claiming
 * transaction and released with its connection if the replica dies.
 */
@ApplicationScoped
class Deliveries {

    /** Outbox rows one subscription's fan-out looks at in one go. */
    static final int FAN_OUT_WINDOW = 1000;

    /** A claimed delivery: the subscription's target and key, the outbox row, and its attempts so far. */
    record Claimed(UUID id, UUID subscriptionId, long sequence, int attempts, Instant firstAttemptAt, String url, byte[] key,
                   Scope scope, String clientId, String username, String agency) {
    }

    private final EntityManager em;
    private final EntitledOutbox outbox;

    Deliveries(EntityManager em, EntitledOutbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    /** The subscriber's scope as stored ({@code *} or comma-separated codes), read as a token's claim would be. */
    static Scope scope(String stored) {
        return Scope.of(Arrays.asList(stored.split(",")));
    }

    /**
     * Adds a delivery for each new outbox event every subscription not being fanned out elsewhere should be sent: of
     * its types, about people in its scope now (checked again at send time). Returns the deliveries added.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int fanOut() {
        @SuppressWarnings("unchecked")
        List<Object[]> subscriptions = em.createNativeQuery("""
                        SELECT id, schemes, event_types, cursor_sequence FROM webhook_subscription
                         ORDER BY id FOR UPDATE SKIP LOCKED""").getResultList();
        int added = 0;
        for (Object[] s : subscriptions) {
            long cursor = ((Number) s[3]).longValue();
            long horizon = outbox.horizon(cursor, FAN_OUT_WINDOW);
            if (horizon == cursor) {
                continue;
            }
            Set<String> types = ((String) s[2]).equals(Subscriptions.EVERY_TYPE) ? Set.of() : Set.of(((String) s[2]).split(","));
            // subscribers are partner systems: they never reach restricted people (Entitlements.mayReachRestricted)
            for (long sequence : outbox.sequences(cursor, horizon, types, scope((String) s[1]), false)) {
                added += em.createNativeQuery("""
                                INSERT INTO webhook_delivery (id, subscription_id, outbox_sequence, status, next_attempt_at)
                                VALUES (:id, :sub, :sequence, 'PENDING', now()) ON CONFLICT DO NOTHING""")
                        .setParameter("id", UUID.randomUUID()).setParameter("sub", s[0]).setParameter("sequence", sequence)
                        .executeUpdate();
            }
            em.createNativeQuery("UPDATE webhook_subscription SET cursor_sequence = :horizon WHERE id = :id")
                    .setParameter("horizon", horizon).setParameter("id", s[0]).executeUpdate();
        }
        return added;
    }

    /**
     * The due delivery that no other worker holds, locked for this transaction; none when nothing is due. In order per
     * person: a delivery is due only when no earlier event about the same person is still to be sent to the same
     * subscription (PENDING or FAILED); DELIVERED, DEAD and SKIPPED ones no longer hold later ones back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Claimed> claimDue() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT d.id, d.subscription_id, d.outbox_sequence, d.attempts, d.first_attempt_at,
                               s.url, s.secret, s.schemes, s.client_id, s.username, s.agency
                          FROM webhook_delivery d
                          JOIN webhook_subscription s ON s.id = d.subscription_id
                          JOIN outbox_event o ON o.sequence = d.outbox_sequence
                         WHERE d.status IN ('PENDING', 'FAILED') AND d.next_attempt_at <= now()
                           AND NOT EXISTS (SELECT 1 FROM webhook_delivery e JOIN outbox_event eo ON eo.sequence = e.outbox_sequence
                                            WHERE e.subscription_id = d.subscription_id AND eo.subject = o.subject
                                              AND e.outbox_sequence < d.outbox_sequence AND e.status IN ('PENDING', 'FAILED'))
                         ORDER BY d.next_attempt_at, d.outbox_sequence
                         LIMIT 1
                           FOR UPDATE OF d SKIP LOCKED""").getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new Claimed((UUID) r[0], (UUID) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).intValue(),
                instant(r[4]), (String) r[5], (byte[]) r[6], scope((String) r[7]), (String) r[8], (String) r[9], (String) r[10]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void delivered(Claimed d, Instant at, int status) {
        finish(d, "DELIVERED", at, status, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void skipped(Claimed d, Instant at, String reason) {
        em.createNativeQuery("UPDATE webhook_delivery SET status = 'SKIPPED', last_error = :reason, next_attempt_at = NULL,"
                        + " done_at = :at WHERE id = :id")
                .setParameter("reason", reason).setParameter("at", Timestamp.from(at)).setParameter("id", d.id()).executeUpdate();
    }

    /** A failed attempt: tried again at {@code next}, or dead-lettered when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    void failed(Claimed d, Instant at, Integer status, String error, Optional<Instant> next) {
        if (next.isEmpty()) {
            finish(d, "DEAD", at, status, error);
            return;
        }
        em.createNativeQuery("""
                        UPDATE webhook_delivery SET status = 'FAILED', attempts = attempts + 1,
                               first_attempt_at = COALESCE(first_attempt_at, :at), last_attempt_at = :at,
                               last_status = :status, last_error = :error, next_attempt_at = :next
                         WHERE id = :id""")
                .setParameter("at", Timestamp.from(at)).setParameter("status", status).setParameter("error", cut(error))
                .setParameter("next", Timestamp.from(next.get())).setParameter("id", d.id()).executeUpdate();
    }

    private void finish(Claimed d, String state, Instant at, Integer status, String error) {
        em.createNativeQuery("""
                        UPDATE webhook_delivery SET status = :state, attempts = attempts + 1,
                               first_attempt_at = COALESCE(first_attempt_at, :at), last_attempt_at = :at,
                               last_status = :status, last_error = :error, next_attempt_at = NULL, done_at = :at
                         WHERE id = :id""")
                .setParameter("state", state).setParameter("at", Timestamp.from(at)).setParameter("status", status)
                .setParameter("error", cut(error)).setParameter("id", d.id()).executeUpdate();
    }

    private static String cut(String error) {
        return error == null || error.length() <= 300 ? error : error.substring(0, 300);
    }
}
