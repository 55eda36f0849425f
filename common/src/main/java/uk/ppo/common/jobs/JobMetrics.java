package uk.ppo.common.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The metrics of one kind of job, named for Prometheus as the alerts and dashboards read them:
 * {@code ppo_jobs_finished_total{kind,outcome}}, {@code ppo_jobs_reclaimed_total{kind}},
 * {@code ppo_jobs_active{kind,state}} (queued, running: counted in the table, so every replica reports the whole
 * fleet's) and {@code ppo_jobs_oldest_active_seconds{kind}}. The table is read at most once a second however often
 * it is scraped; a database that cannot answer reports NaN. A job is counted finished by the write that ends it, once
 * that write commits ({@link #finishedOnCommit}), so a rolled-back end or a claim that lost its job counts nothing.
 */
public final class JobMetrics {

    /** How a job ended. */
    public enum Outcome { COMPLETED, FAILED, CANCELLED }

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final MeterRegistry registry;
    private final Leases leases;
    private final TransactionSynchronizationRegistry transactions;
    private final String kind;
    private final Counter reclaimed;
    private volatile Leases.Active last;
    private volatile long readAt;

    public JobMetrics(MeterRegistry registry, Leases leases, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.leases = leases;
        this.transactions = transactions;
        this.kind = leases.table().kind();
        this.reclaimed = Counter.builder("ppo.jobs.reclaimed").description("Jobs taken over from a replica whose lease expired")
                .tag("kind", kind).register(registry);
        gauge("ppo.jobs.active", "queued", a -> a.queued(), "Jobs queued or running, in the table");
        gauge("ppo.jobs.active", "running", a -> a.running(), "Jobs queued or running, in the table");
        Gauge.builder("ppo.jobs.oldest.active", this, m -> m.read(Leases.Active::oldestSeconds)).baseUnit("seconds")
                .description("Age of the oldest queued or running job").tag("kind", kind).strongReference(true).register(registry);
        for (Outcome outcome : Outcome.values()) {
            counter(outcome);
        }
    }

    /**
     * Counts the job as finished with {@code outcome} when the current transaction commits, never if it rolls back;
     * at once when there is no transaction (the write that ended the job committed by itself); never in a transaction
     * already marked to roll back.
     */
    public void finishedOnCommit(Outcome outcome) {
        Counter finished = counter(outcome);
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            finished.increment();
        } else if (status == Status.STATUS_ACTIVE) {
            countOnCommit(finished);
        }
    }

    private void countOnCommit(Counter finished) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    finished.increment();
                }
            }
        });
    }

    void reclaimed() {
        reclaimed.increment();
    }

    private Counter counter(Outcome outcome) {
        return Counter.builder("ppo.jobs.finished").description("Jobs finished, by outcome").tag("kind", kind)
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry);
    }

    private void gauge(String name, String state, ToDoubleFunction<Leases.Active> value, String description) {
        Gauge.builder(name, this, m -> m.read(value)).description(description).tag("kind", kind).tag("state", state)
                .strongReference(true).register(registry);
    }

    private double read(ToDoubleFunction<Leases.Active> value) {
        long now = System.nanoTime();
        if (last == null || now - readAt > FRESH_NANOS) {
            try {
                last = leases.active();
            } catch (RuntimeException e) {
                last = null;
                return Double.NaN;
            } finally {
                readAt = now;
            }
        }
        Leases.Active active = last;
        return active == null ? Double.NaN : value.applyAsDouble(active);
    }
}
