package uk.ppo.scoring.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.scoring.audit.AuditAction;
import uk.ppo.scoring.matrix.MatrixService;
import uk.ppo.scoring.score.ChangeReason;
import uk.ppo.scoring.score.Score;
import uk.ppo.scoring.score.ScoreJson;
import uk.ppo.scoring.score.ScoreRepository;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The transactions of a score run: its progress and its staged pages of scores in small ones, making them visible
 * in one, and deleting the staged pages when it fails, so a failure stores nothing.
 */
@ApplicationScoped
class RunStore {

    /** One person's result, ready to store. */
    record Scored(UUID personId, int total, List<uk.ppo.scoring.engine.ScoreResult.Line> lines,
                  List<uk.ppo.scoring.engine.ScoreResult.Excluded> excluded, String inputsJson, String provisionalReasons) {
    }

    private final RunRepository runs;
    private final ScoreRepository scores;
    private final MatrixService matrices;
    private final EntityManager em;
    private final AuditTrail audit;

    RunStore(RunRepository runs, ScoreRepository scores, MatrixService matrices, EntityManager em, AuditTrail audit) {
        this.runs = runs;
        this.scores = scores;
        this.matrices = matrices;
        this.em = em;
        this.audit = audit;
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
        em.createNativeQuery("DELETE FROM score_staging WHERE run_id = :run").setParameter("run", runId).executeUpdate();
        runs.findById(runId).failed(reason, Instant.now());
    }

    /** Staged rows of runs that are no longer queued or running (e.g. interrupted by a restart). */
    @Transactional
    int discardOrphanedStaging() {
        return em.createNativeQuery("""
                DELETE FROM score_staging s WHERE NOT EXISTS
                    (SELECT 1 FROM score_run r WHERE r.id = s.run_id AND r.status IN ('QUEUED', 'RUNNING'))""").executeUpdate();
    }

    private static final String STAGE_INSERT = """
            INSERT INTO score_staging (id, run_id, person_id, scheme_id, scheme_code, as_of, matrix_version_number, total, lines,
                                       excluded, inputs, provisional, provisional_reasons, change_reason, scored_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * One page of a running run's scores, with the reason each changed since the person's newest visible score,
     * written to the staging table in its own transaction: invisible to every reader until the run completes.
     */
    @Transactional
    void stage(UUID runId, List<Scored> page) {
        ScoreRun run = runs.findById(runId);
        int version = run.matrixVersionNumber();
        Map<UUID, Score> before = scores.latest(page.stream().map(Scored::personId).toList());
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(STAGE_INSERT)) {
                int batch = 0;
                for (Scored r : page) {
                    Score previous = before.get(r.personId());
                    String reason = ChangeReason.of(previous == null ? null
                            : new ChangeReason.Previous(previous.total(), previous.matrixVersionNumber(), ScoreJson.lines(previous.linesJson())),
                            r.total(), version, r.lines());
                    // the entity applies the column rules (provisional flag, reason length) exactly as for stored scores
                    Score s = new Score(runId, r.personId(), run.schemeId(), run.schemeCode(), run.asOf(), version, r.total(),
                            ScoreJson.write(r.lines()), ScoreJson.write(r.excluded()), r.inputsJson(), r.provisionalReasons(), reason,
                            now.toInstant());
                    insert.setObject(1, s.id());
                    insert.setObject(2, runId);
                    insert.setObject(3, s.personId());
                    insert.setObject(4, s.schemeId());
                    insert.setString(5, s.schemeCode());
                    insert.setObject(6, s.asOf());
                    insert.setInt(7, version);
                    insert.setInt(8, s.total());
                    insert.setString(9, s.linesJson());
                    insert.setString(10, s.excludedJson());
                    insert.setString(11, s.inputsJson());
                    insert.setBoolean(12, s.provisional());
                    insert.setString(13, s.provisionalReasons());
                    insert.setString(14, s.changeReason());
                    insert.setTimestamp(15, now);
                    insert.addBatch();
                    if (++batch % 250 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * Makes the run's staged scores visible, with the proposal, the audit records and the run's totals, in one
     * transaction; the rows move inside PostgreSQL, so the service never holds the whole run's scores.
     */
    @Transactional
    void complete(UUID runId, int scored, ProposalRules.Proposal proposal, int cohortTotal, int pndAssetTotal, Actor actor) {
        ScoreRun run = runs.findById(runId);
        matrices.markUsed(run.matrixId());
        Instant now = Instant.now();
        // people disposed of while the run worked are left out; SHARE mode waits for a disposal in progress and
        // holds off the next until this transaction ends, so every disposal comes wholly before or after it
        em.createNativeQuery("LOCK TABLE disposed_person IN SHARE MODE").executeUpdate();
        em.createNativeQuery("DELETE FROM score_staging WHERE run_id = :run AND person_id IN (SELECT person_id FROM disposed_person)")
                .setParameter("run", runId).executeUpdate();
        // (anyone disposed of before the run began was not in its inputs; a minute's margin for clocks)
        @SuppressWarnings("unchecked")
        java.util.Set<UUID> disposed = new java.util.HashSet<>(em.createNativeQuery(
                        "SELECT person_id FROM disposed_person WHERE disposed_at >= :since")
                .setParameter("since", java.sql.Timestamp.from(run.startedAt().minusSeconds(60))).getResultList());
        em.createNativeQuery("""
                INSERT INTO score (id, run_id, person_id, scheme_id, scheme_code, as_of, matrix_version_number, total, lines, excluded,
                                   inputs, provisional, provisional_reasons, change_reason, scored_at)
                SELECT id, run_id, person_id, scheme_id, scheme_code, as_of, matrix_version_number, total, lines, excluded,
                       inputs, provisional, provisional_reasons, change_reason, :now
                FROM score_staging WHERE run_id = :run""").setParameter("now", now).setParameter("run", runId).executeUpdate();
        auditAs(actor, runId, "run=" + runId);
        em.createNativeQuery("DELETE FROM score_staging WHERE run_id = :run").setParameter("run", runId).executeUpdate();
        int n = 0;
        for (ProposalRules.Entry e : proposal.entries()) {
            if (disposed.contains(e.personId())) {
                continue;
            }
            em.persist(new ProposalEntry(runId, e));
            if (++n % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        runs.findById(runId).completed(scored, cohortTotal, pndAssetTotal, proposal.warnings(), now);
    }

    private static final String AUDIT_INSERT = """
            INSERT INTO audit_record (at, username, roles, agency, action, person_id, detail, request_id, purpose, client_id)
            SELECT ?, ?, ?, ?, ?, person_id, ?, ?, ?, ? FROM score_staging WHERE run_id = ?""";

    /**
     * One audit record per person scored, naming the coordinator who started the run, written in the run's
     * completing transaction straight from the staged scores. AuditTrail binds the columns (widths included);
     * the actor is explicit because a run has no request in scope.
     */
    private void auditAs(Actor actor, UUID runId, String detail) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(AUDIT_INSERT)) {
                audit.bindWho(insert, 1, actor);
                insert.setString(5, AuditAction.SCORE_RUN.name());
                insert.setString(6, detail);
                audit.bindRequest(insert, 7, actor);
                insert.setObject(10, runId);
                insert.executeUpdate();
            }
        });
    }
}
