package uk.ppo.offender.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.outbox.EntitledOutbox;
import uk.ppo.offender.outbox.OutboxEventType;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static uk.ppo.offender.NativeValues.instant;

/**
 * A partner system's webhooks: each belongs to the client that made it (token {@code azp}); another client's is
 * unknown (404). Every call of the owner brings the subscription's stored scope up to date with the owner's token
 * ({@code schemes} claim), which is how delivery knows the subscriber's scope with no token at hand.
 */
@ApplicationScoped
class Subscriptions {

    static final String EVERY_TYPE = "*";

    private final EntityManager em;
    private final Caller caller;
    private final EntitledOutbox outbox;
    private final WebhooksConfig config;

    Subscriptions(EntityManager em, Caller caller, EntitledOutbox outbox, WebhooksConfig config) {
        this.em = em;
        this.caller = caller;
        this.outbox = outbox;
        this.config = config;
    }

    /** The CloudEvents types a subscription may name. */
    static Set<String> eventTypes() {
        return Arrays.stream(OutboxEventType.values()).map(OutboxEventType::cloudEventType)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Transactional
    WebhookRecords.Subscription create(WebhookRecords.CreateSubscription request) {
        WebhookTarget.refusal(request.url(), config.insecureHostSet(), InetAddress::getAllByName)
                .ifPresent(reason -> { throw ProblemException.invalid("url", reason); });
        List<String> types = List.copyOf(new LinkedHashSet<>(request.eventTypes()));
        if (types.contains(EVERY_TYPE) && types.size() > 1) {
            throw ProblemException.invalid("eventTypes", "* stands alone: it is every type");
        }
        for (String type : types) {
            if (!type.equals(EVERY_TYPE) && !eventTypes().contains(type)) {
                throw ProblemException.invalid("eventTypes", "unknown event type " + type + "; one of " + String.join(", ", eventTypes()) + " or *");
            }
        }
        byte[] key = WebhookSignature.key(request.secret())
                .orElseThrow(() -> ProblemException.invalid("secret", "must be whsec_ and the base64 of 24 to 64 random bytes"));
        String client = owner();
        refreshScope();
        Number held = (Number) em.createNativeQuery("SELECT count(*) FROM webhook_subscription WHERE client_id = :client")
                .setParameter("client", client).getSingleResult();
        if (held.intValue() >= config.maxSubscriptionsPerClient()) {
            throw ProblemException.conflict("A partner system holds at most " + config.maxSubscriptionsPerClient() + " subscriptions");
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        em.createNativeQuery("""
                        INSERT INTO webhook_subscription (id, client_id, username, agency, schemes, url, event_types, secret, cursor_sequence, created_at)
                        VALUES (:id, :client, :username, :agency, :schemes, :url, :types, :secret, :cursor, :at)""")
                .setParameter("id", id).setParameter("client", client)
                .setParameter("username", cut(caller.username(), 120)).setParameter("agency", cut(caller.agency(), 40))
                .setParameter("schemes", cut(caller.scope().toString(), 1000))
                .setParameter("url", request.url()).setParameter("types", String.join(",", types))
                .setParameter("secret", key).setParameter("cursor", outbox.end()).setParameter("at", Timestamp.from(now))
                .executeUpdate();
        return new WebhookRecords.Subscription(id, request.url(), types, now);
    }

    @Transactional
    WebhookRecords.SubscriptionList list() {
        refreshScope();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, url, event_types, created_at FROM webhook_subscription"
                + " WHERE client_id = :client ORDER BY created_at, id").setParameter("client", owner()).getResultList();
        return new WebhookRecords.SubscriptionList(rows.stream().map(Subscriptions::subscription).toList());
    }

    @Transactional
    WebhookRecords.Subscription get(UUID id) {
        refreshScope();
        return subscription(row(id));
    }

    @Transactional
    void delete(UUID id) {
        if (em.createNativeQuery("DELETE FROM webhook_subscription WHERE id = :id AND client_id = :client")
                .setParameter("id", id).setParameter("client", owner()).executeUpdate() == 0) {
            throw notFound(id);
        }
    }

    @Transactional
    WebhookRecords.DeliveryPage deliveries(UUID subscriptionId, WebhookRecords.DeliveryStatus status, int page, int size) {
        refreshScope();
        row(subscriptionId);
        String filter = " FROM webhook_delivery d JOIN outbox_event o ON o.sequence = d.outbox_sequence"
                + " WHERE d.subscription_id = :sub AND (CAST(:status AS varchar) IS NULL OR d.status = CAST(:status AS varchar))";
        String statusName = status == null ? null : status.name();
        long total = ((Number) em.createNativeQuery("SELECT count(*)" + filter).setParameter("sub", subscriptionId)
                .setParameter("status", statusName).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + DELIVERY_COLUMNS + filter + " ORDER BY d.outbox_sequence LIMIT :limit OFFSET :offset")
                .setParameter("sub", subscriptionId).setParameter("status", statusName)
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        return new WebhookRecords.DeliveryPage(rows.stream().map(Subscriptions::delivery).toList(), page, size, total);
    }

    /** Puts one finished delivery (DELIVERED, DEAD or SKIPPED) back to be sent, with a fresh 24 hours. */
    @Transactional
    WebhookRecords.Delivery replay(UUID subscriptionId, UUID deliveryId) {
        refreshScope();
        row(subscriptionId);
        int updated = em.createNativeQuery(REPLAY + " AND id = :delivery AND status IN ('DELIVERED', 'DEAD', 'SKIPPED')")
                .setParameter("sub", subscriptionId).setParameter("delivery", deliveryId).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery d JOIN outbox_event o"
                        + " ON o.sequence = d.outbox_sequence WHERE d.subscription_id = :sub AND d.id = :delivery")
                .setParameter("sub", subscriptionId).setParameter("delivery", deliveryId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No delivery " + deliveryId);
        }
        if (updated == 0) {
            throw ProblemException.conflict("Delivery " + deliveryId + " is still being sent");
        }
        return delivery(rows.get(0));
    }

    /** Puts every dead-lettered delivery of the subscription back to be sent. */
    @Transactional
    WebhookRecords.ReplayResult replayDead(UUID subscriptionId) {
        refreshScope();
        row(subscriptionId);
        return new WebhookRecords.ReplayResult(em.createNativeQuery(REPLAY + " AND status = 'DEAD'")
                .setParameter("sub", subscriptionId).executeUpdate());
    }

    private static final String REPLAY = """
            UPDATE webhook_delivery SET status = 'PENDING', first_attempt_at = NULL, next_attempt_at = now(), done_at = NULL
             WHERE subscription_id = :sub""";
    static final String DELIVERY_COLUMNS = "d.id, o.id AS event_id, o.type, d.status, d.attempts, d.last_status, d.last_error,"
            + " d.first_attempt_at, d.last_attempt_at, d.next_attempt_at, d.done_at, d.created_at";

    private Object[] row(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, url, event_types, created_at FROM webhook_subscription"
                + " WHERE id = :id AND client_id = :client").setParameter("id", id).setParameter("client", owner()).getResultList();
        if (rows.isEmpty()) {
            throw notFound(id);
        }
        return rows.get(0);
    }

    /** The calling client's subscriptions follow its token's scope now. */
    private void refreshScope() {
        em.createNativeQuery("UPDATE webhook_subscription SET schemes = :schemes WHERE client_id = :client AND schemes <> :schemes")
                .setParameter("schemes", cut(caller.scope().toString(), 1000)).setParameter("client", owner()).executeUpdate();
    }

    private String owner() {
        String client = caller.clientId();
        if (client == null || client.isBlank()) {
            throw ProblemException.notFound("No subscriptions: the token names no client");
        }
        return client;
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No subscription " + id);
    }

    private static WebhookRecords.Subscription subscription(Object[] r) {
        return new WebhookRecords.Subscription((UUID) r[0], (String) r[1], List.of(((String) r[2]).split(",")), instant(r[3]));
    }

    static WebhookRecords.Delivery delivery(Object[] r) {
        return new WebhookRecords.Delivery((UUID) r[0], (UUID) r[1], (String) r[2], WebhookRecords.DeliveryStatus.valueOf((String) r[3]),
                ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6],
                instant(r[7]), instant(r[8]), instant(r[9]), instant(r[10]), instant(r[11]));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
