package uk.ppo.scoring.run;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import uk.ppo.common.jobs.JobMetrics;
import uk.ppo.common.jobs.JobTable;
import uk.ppo.common.jobs.Lease;
import uk.ppo.common.jobs.Leases;

import javax.sql.DataSource;

/**
 * This replica's leases on score runs (table {@code score_run}, kind {@code score-run}) and the runs' metrics. Each
 * write of a run's worker holds its lease in the writing transaction first, so a replica that lost a run (its lease
 * expired and another took the run over, or the run was cancelled) writes nothing more to it.
 */
@ApplicationScoped
class RunLeases {

    static final JobTable TABLE = new JobTable("score-run", "score_run", "id", "status", "started_at",
            RunStatus.QUEUED.name(), RunStatus.RUNNING.name());

    private final Leases leases;
    private final JobMetrics metrics;
    private final EntityManager em;

    RunLeases(DataSource dataSource, MeterRegistry registry, RunsConfig config, EntityManager em,
              TransactionSynchronizationRegistry transactions) {
        this.leases = new Leases(dataSource, TABLE, Leases.replicaId(), config.lease());
        this.metrics = new JobMetrics(registry, leases, transactions);
        this.em = em;
    }

    Leases leases() {
        return leases;
    }

    JobMetrics metrics() {
        return metrics;
    }

    /** Counts the run as finished with {@code outcome} once the current transaction commits (not if it rolls back). */
    @Transactional(Transactional.TxType.MANDATORY)
    void finishedOnCommit(JobMetrics.Outcome outcome) {
        metrics.finishedOnCommit(outcome);
    }

    /** Locks the run for the current transaction while the lease still holds it; else {@link uk.ppo.common.jobs.LeaseLost}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void hold(Lease lease) {
        try {
            em.unwrap(Session.class).doWork(c -> leases.hold(c, lease));
        } catch (RuntimeException e) {
            lease.check();
            throw e;
        }
    }

    /** In the transaction that finishes the run: its lease ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    void release(Lease lease) {
        em.unwrap(Session.class).doWork(c -> leases.release(c, lease));
    }
}
