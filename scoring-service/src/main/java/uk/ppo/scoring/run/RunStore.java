package uk.ppo.scoring.run;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.Actor;
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
 * ones, making them visible with the proposal in one, and deleting the staged pages when it fails, so a failure
 * stores nothing.
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

    RunStore(RunRepository runs, ScoreStaging staging, ProposalWriter proposals, MatrixService matrices, EntityManager em) {
        this.runs = runs;
        this.staging = staging;
        this.proposals = proposals;
        this.matrices = matrices;
        this.em = em;
    }

    @Transactional
    ScoreRun get(UUID runId) {
        return runs.findById(runId);
    }

    @Transactional
    void running(UUID runId, long total, String schemeCode) {
        runs.findById(runId).running(total, schemeCode);
    }

    @Transactional
    void progress(UUID runId, int scored) {
        runs.findById(runId).progress(scored);
    }

    /** Marks the run failed and deletes whatever it staged: a failed run leaves no score behind. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(UUID runId, String reason) {
        staging.discard(runId);
        runs.findById(runId).failed(reason, Instant.now());
    }

    /** Staged rows of runs that are no longer queued or running (e.g. interrupted by a restart). */
    @Transactional
    int discardOrphanedStaging() {
        return staging.discardOrphaned();
    }

    /**
     * One page of a running run's scores, with the reason each changed since the person's newest visible score,
     * written to the staging table in its own transaction: invisible to every reader until the run completes.
     */
    @Timed(value = RunStages.TIMER, extraTags = {"stage", "stage"})
    @Transactional
    void stage(UUID runId, List<Scored> page) {
        staging.stage(runs.findById(runId), page);
    }

    /**
     * Makes the run's staged scores visible, with the proposal, the audit records and the run's totals, in one
     * transaction; the rows move inside PostgreSQL, so the service never holds the whole run's scores.
     */
    @Timed(value = RunStages.TIMER, extraTags = {"stage", "complete"})
    @Transactional
    void complete(UUID runId, int scored, ProposalRules.Proposal proposal, int cohortTotal, int pndAssetTotal, Actor actor) {
        ScoreRun run = runs.findById(runId);
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
    }
}
