package uk.ppo.scoring.run;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.jobs.JobMetrics;
import uk.ppo.common.jobs.Lease;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.scoring.audit.AuditAction;
import uk.ppo.scoring.engine.ScoreResult;
import uk.ppo.scoring.matrix.MatrixService;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The transactions of a score run: its progress and its staged pages of scores ({@link ScoreStaging}) in small
 * ones, making them visible with the proposal in one, and deleting the staged pages when it fails or is cancelled,
 * so neither stores anything. Every write of the run's worker first holds its lease ({@link RunLeases}): a worker
 * that lost the run writes nothing.
 */
@ApplicationScoped
class RunStore {

    /** One person's result, ready to store. */
    record Scored(UUID personId, int total, List<ScoreResult.Line> lines, List<ScoreResult.Excluded> excluded, String inputsJson,
                  String provisionalReasons) {
    }

    private final RunRepository runs;
    private final ScoreStaging staging;
    private final ProposalWriter proposals;
    private final MatrixService matrices;
    private final EntityManager em;
    private final RunLeases leases;
    private final AuditTrail audit;

    RunStore(RunRepository runs, ScoreStaging staging, ProposalWriter proposals, MatrixService matrices, EntityManager em,
             RunLeases leases, AuditTrail audit) {
        this.runs = runs;
        this.staging = staging;
        this.proposals = proposals;
        this.matrices = matrices;
        this.em = em;
        this.leases = leases;
        this.audit = audit;
    }

    @Transactional
    ScoreRun get(UUID runId) {
        return runs.findById(runId);
    }

    /**
     * The run starts scoring under this lease: whatever an earlier claim staged (a replica that stopped midway) is
     * deleted, so the run scores everyone again from the start, nothing lost or doubled.
     */
    @Transactional
    void running(Lease lease, long total, String schemeCode) {
        leases.hold(lease);
        staging.discard(lease.jobId());
        runs.findById(lease.jobId()).running(total, schemeCode);
    }

    @Transactional
    void progress(Lease lease, int scored) {
        leases.hold(lease);
        runs.findById(lease.jobId()).progress(scored);
    }

    /** Marks the run failed and deletes whatever it staged: a failed run leaves no score behind. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(Lease lease, String reason) {
        leases.hold(lease);
        staging.discard(lease.jobId());
        runs.findById(lease.jobId()).failed(reason, Instant.now());
        leases.release(lease);
        leases.finishedOnCommit(JobMetrics.Outcome.FAILED);
    }

    /**
     * Cancels a queued or running run (409 once finished), deletes what it staged and audits who cancelled it. The
     * run's row is locked first, so a worker's write in progress ends before, and its next one finds the run gone.
     */
    @Transactional
    ScoreRun cancel(UUID runId, String by) {
        ScoreRun run = runs.findById(runId, LockModeType.PESSIMISTIC_WRITE);
        if (!run.status().active()) {
            throw ProblemException.conflict("The run is " + run.status() + ": only a queued or running run can be cancelled");
        }
        run.cancelled(by, Instant.now());
        staging.discard(runId);
        audit.record(AuditAction.SCORE_RUN_CANCEL, null, "run=" + runId + " scheme=" + run.schemeCode());
        leases.finishedOnCommit(JobMetrics.Outcome.CANCELLED);
        return run;
    }

    /** Staged rows of runs that are no longer queued or running: never a running run's, whichever replica works it. */
    @Transactional
    int discardOrphanedStaging() {
        return staging.discardOrphaned();
    }

    /**
     * One page of a running run's scores, with the reason each changed since the person's newest visible score,
     * written to the staging table in its own transaction: invisible to every reader until the run completes. The
     * lease is held last, so the run's row is locked only from then to the commit and the run's ranges stage side by
     * side; a worker that lost the run still writes nothing, as its rows roll back.
     */
    @Timed(value = RunStages.TIMER, extraTags = {"stage", "stage"})
    @Transactional
    void stage(Lease lease, List<Scored> page) {
        staging.stage(runs.findById(lease.jobId()), page);
        leases.hold(lease);
    }

    /**
     * Makes the run's staged scores visible, with the proposal, the audit records and the run's totals, in one
     * transaction; the rows move inside PostgreSQL, so the service never holds the whole run's scores. Only the
     * lease's holder completes the run, once.
     */
    @Timed(value = RunStages.TIMER, extraTags = {"stage", "complete"})
    @Transactional
    void complete(Lease lease, int scored, ProposalRules.Proposal proposal, int cohortTotal, int pndAssetTotal, Actor actor) {
        leases.hold(lease);
        UUID runId = lease.jobId();
        ScoreRun run = runs.findById(runId);
        if (staging.count(runId) != scored) {
            throw new IllegalStateException("run " + runId + " staged " + staging.count(runId) + " of its " + scored
                    + " scores (the staging table is emptied when PostgreSQL crashes)");
        }
        matrices.markUsed(run.matrixId());
        Instant now = Instant.now();
        // people disposed of while the run worked are left out; SHARE mode waits for a disposal in progress and
        // holds off the next until this transaction ends, so every disposal comes wholly before or after it
        em.createNativeQuery("LOCK TABLE disposed_person IN SHARE MODE").executeUpdate();
        staging.dropDisposed(runId);
        // (anyone disposed of before the run began was not in its inputs; a minute's margin for clocks)
        @SuppressWarnings("unchecked")
        Set<UUID> disposed = new HashSet<>(em.createNativeQuery("SELECT person_id FROM disposed_person WHERE disposed_at >= :since")
                .setParameter("since", Timestamp.from(run.startedAt().minusSeconds(60))).getResultList());
        staging.publish(runId, now);
        staging.audit(actor, runId, "run=" + runId);
        staging.discard(runId);
        proposals.write(runId, proposal.entries(), disposed);
        runs.findById(runId).completed(scored, cohortTotal, pndAssetTotal, proposal.warnings(), now);
        leases.release(lease);
        leases.finishedOnCommit(JobMetrics.Outcome.COMPLETED);
    }
}
