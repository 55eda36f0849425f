package uk.ppo.offender.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.outbox.EntitledOutbox;

import java.time.Instant;
import java.util.Optional;

/**
 * Sends due webhook deliveries, on every replica: each tick fans new outbox events out to the subscriptions, then works
 * due deliveries one at a time, each in its own transaction that holds the delivery's row lock through the attempt.
 * The event is built at send time from the outbox row, under the entitlement rule of the subscriber's scope now
 * ({@link EntitledOutbox}); a person no longer the subscriber's is skipped. Each delivered event is audited against
 * the person, naming the partner system.
 */
@ApplicationScoped
class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    /** Deliveries worked per tick at most, so one tick never runs for long. */
    static final int PER_TICK = 200;
    static final String SKIPPED = "the person is no longer in the subscriber's scope, or is restricted";

    private final Deliveries deliveries;
    private final EntitledOutbox outbox;
    private final WebhookSender sender;
    private final WebhooksConfig config;
    private final AuditTrail audit;

    DeliveryWorker(Deliveries deliveries, EntitledOutbox outbox, WebhookSender sender, WebhooksConfig config, AuditTrail audit) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.sender = sender;
        this.config = config;
        this.audit = audit;
    }

    /** Off where {@code ppo.webhooks.worker-enabled} is false (the module tests drive {@link #work()} themselves). */
    @Singleton
    static class Disabled implements Scheduled.SkipPredicate {
        private final WebhooksConfig config;

        Disabled(WebhooksConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.workerEnabled();
        }
    }

    @Scheduled(every = "${ppo.webhooks.poll:2s}", delayed = "${ppo.webhooks.poll:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void work() {
        try {
            QuarkusTransaction.requiringNew().timeout(60).call(deliveries::fanOut);
            for (int i = 0; i < PER_TICK; i++) {
                if (!workOne()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook delivery tick failed (%s)", e.getClass().getSimpleName());
        }
    }

    /** Claims and attempts one due delivery; false when none is due. */
    boolean workOne() {
        return QuarkusTransaction.requiringNew().timeout((int) config.timeout().toSeconds() + 30).call(() -> {
            Optional<Deliveries.Claimed> claimed = deliveries.claimDue();
            claimed.ifPresent(this::attempt);
            return claimed.isPresent();
        });
    }

    private void attempt(Deliveries.Claimed d) {
        Instant now = Instant.now();
        Optional<EntitledOutbox.Event> event = outbox.event(d.sequence(), d.scope(), false);
        if (event.isEmpty()) {
            deliveries.skipped(d, now, SKIPPED);
            return;
        }
        Optional<String> refusal = WebhookTarget.refusal(d.url(), config.insecureHostSet(), java.net.InetAddress::getAllByName);
        WebhookSender.Outcome outcome;
        if (refusal.isPresent()) {
            outcome = new WebhookSender.Outcome(null, "url " + refusal.get());
        } else {
            String body = outbox.cloudEvent(event.get());
            String id = event.get().id().toString();
            long timestamp = now.getEpochSecond();
            outcome = sender.send(d.url(), id, timestamp, WebhookSignature.sign(d.key(), id, timestamp, body), body);
        }
        Instant at = Instant.now();
        if (outcome.delivered()) {
            deliveries.delivered(d, at, outcome.status());
            audit.record(new Actor(d.username(), Roles.PARTNER_SYSTEM, d.agency(), null, "webhook delivery", d.clientId()),
                    AuditAction.WEBHOOK_DELIVERED.name(), event.get().subject(),
                    "webhook " + d.subscriptionId() + " event " + event.get().id() + " " + event.get().type());
            return;
        }
        int attempts = d.attempts() + 1;
        Optional<Instant> next = config.backoff().next(d.firstAttemptAt() == null ? now : d.firstAttemptAt(), at, attempts);
        // names the subscription and the failure: never anything about the person
        LOG.debugf("webhook %s delivery %s attempt %d failed: %s%s", d.subscriptionId(), d.id(), attempts, outcome.error(),
                next.isEmpty() ? "; dead-lettered" : "");
        deliveries.failed(d, at, outcome.status(), outcome.error(), next);
    }
}
