package uk.ppo.offender.dataprotection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * Works the due steps of disposals and subject-access requests, on every replica: each claims one step at a
 * time (see {@link Jobs}), calls the service, and records the answer, or the failure and when to try again
 * (doubling from {@code retry-delay} up to {@code retry-max-delay}; after {@code max-attempts} the step fails
 * and the DPO sees why). A service down or killed midway is simply asked again: its part is idempotent.
 */
@ApplicationScoped
class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);
    /** Steps worked per tick at most, so one tick never runs for long. */
    private static final int STEPS_PER_TICK = 20;

    private final Jobs jobs;
    private final PartnerServices partners;
    private final OffenderRecords offenderRecords;
    private final Duration retryDelay;
    private final Duration retryMaxDelay;
    private final int maxAttempts;

    JobWorker(Jobs jobs, PartnerServices partners, OffenderRecords offenderRecords, DataProtectionConfig config) {
        this.jobs = jobs;
        this.partners = partners;
        this.offenderRecords = offenderRecords;
        this.retryDelay = config.retryDelay();
        this.retryMaxDelay = config.retryMaxDelay();
        this.maxAttempts = config.maxAttempts();
    }

    @Scheduled(every = "${ppo.data-protection.poll:2s}", delayed = "${ppo.data-protection.poll:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        for (int i = 0; i < STEPS_PER_TICK; i++) {
            if (!QuarkusTransaction.requiringNew().timeout(120).call(this::workOne)) {
                return;
            }
        }
    }

    /** Works one due step; false when none is due. */
    private boolean workOne() {
        Optional<Jobs.Claimed> claimed = jobs.claimDue();
        if (claimed.isEmpty()) {
            return false;
        }
        Jobs.Claimed step = claimed.get();
        try {
            jobs.done(step, perform(step));
        } catch (RuntimeException e) {
            int attempt = step.attempts() + 1;
            boolean last = attempt >= maxAttempts;
            // names the job, the service and the failure: never anything about the person
            LOG.warnf("%s %s: %s attempt %d failed (%s)%s", step.kind(), step.jobId(), step.service(), attempt,
                    e.getClass().getSimpleName(), last ? "; no attempts left" : "");
            jobs.failed(step, describe(e), last, delayAfter(attempt));
        }
        return true;
    }

    private String perform(Jobs.Claimed step) {
        if (OffenderRecords.SERVICE.equals(step.service())) {
            return offenderRecords.json(step.personId(), step.from(), step.to());
        }
        return switch (step.kind()) {
            case DISPOSAL -> partners.dispose(step.service(), step.personId());
            case SUBJECT_ACCESS -> partners.records(step.service(), step.personId(), step.from(), step.to());
        };
    }

    Duration delayAfter(int attempt) {
        Duration delay = retryDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay;
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
