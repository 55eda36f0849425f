package uk.ppo.scoring.run;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.scoring.audit.AuditAction;
import uk.ppo.scoring.score.ChangeReason;
import uk.ppo.scoring.score.Score;
import uk.ppo.scoring.score.ScoreJson;
import uk.ppo.scoring.score.ScoreRepository;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The staging table of running runs' scores ({@code score_staging}, unlogged: written once more when the run
 * completes): pages written in JDBC batches, invisible to every reader, then moved into {@code score} inside PostgreSQL, with their audit records, when the run
 * completes, or deleted when it fails. Every method joins its caller's transaction ({@link RunStore}'s).
 */
@ApplicationScoped
class ScoreStaging {

    private static final String STAGE_INSERT = """
            INSERT INTO score_staging (id, run_id, person_id, scheme_id, scheme_code, as_of, matrix_version_number, total, lines,
                                       excluded, inputs, provisional, provisional_reasons, change_reason, scored_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** One chained audit record per staged person, in one statement (migration V9). */
    private static final String AUDIT_INSERT = "SELECT score_run_audit(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final ScoreRepository scores;
    private final EntityManager em;
    private final AuditTrail audit;

    ScoreStaging(ScoreRepository scores, EntityManager em, AuditTrail audit) {
        this.scores = scores;
        this.em = em;
        this.audit = audit;
    }

    /** One page of the run's scores, each with the reason it changed since the person's newest visible score. */
    @Transactional(Transactional.TxType.MANDATORY)
    void stage(ScoreRun run, List<RunStore.Scored> page) {
        UUID runId = run.id();
        int version = run.matrixVersionNumber();
        Map<UUID, Score> before = scores.latest(page.stream().map(RunStore.Scored::personId).toList());
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(STAGE_INSERT)) {
                int batch = 0;
                for (RunStore.Scored r : page) {
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

    /** How many scores the run has staged. */
    @Transactional(Transactional.TxType.MANDATORY)
    long count(UUID runId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM score_staging WHERE run_id = :run").setParameter("run", runId)
                .getSingleResult()).longValue();
    }

    /** Leaves out the staged scores of people disposed of (data protection) while the run worked. */
    @Transactional(Transactional.TxType.MANDATORY)
    void dropDisposed(UUID runId) {
        em.createNativeQuery("DELETE FROM score_staging WHERE run_id = :run AND person_id IN (SELECT person_id FROM disposed_person)")
                .setParameter("run", runId).executeUpdate();
    }

    /** Copies the run's staged scores into {@code score}, stamped {@code now}: from this commit they are visible. */
    @Timed(value = RunStages.TIMER, extraTags = {"stage", "publish"})
    @Transactional(Transactional.TxType.MANDATORY)
    void publish(UUID runId, Instant now) {
        em.createNativeQuery("""
                INSERT INTO score (id, run_id, person_id, scheme_id, scheme_code, as_of, matrix_version_number, total, lines, excluded,
                                   inputs, provisional, provisional_reasons, change_reason, scored_at)
                SELECT id, run_id, person_id, scheme_id, scheme_code, as_of, matrix_version_number, total, lines, excluded,
                       inputs, provisional, provisional_reasons, change_reason, :now
                FROM score_staging WHERE run_id = :run""").setParameter("now", now).setParameter("run", runId).executeUpdate();
    }

    /**
     * One audit record per person staged, naming the coordinator who started the run, written and hash-chained
     * straight from the staged scores by one statement in PostgreSQL. AuditTrail binds the columns (widths included); the actor is explicit because a run has no
     * request in scope.
     */
    @Timed(value = RunStages.TIMER, extraTags = {"stage", "audit"})
    @Transactional(Transactional.TxType.MANDATORY)
    void audit(Actor actor, UUID runId, String detail) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(AUDIT_INSERT)) {
                insert.setObject(1, runId);
                audit.bindWho(insert, 2, actor);
                insert.setString(6, AuditAction.SCORE_RUN.name());
                insert.setString(7, detail);
                audit.bindRequest(insert, 8, actor);
                insert.execute();
            }
        });
    }

    /** Deletes the run's staged scores. */
    @Transactional(Transactional.TxType.MANDATORY)
    void discard(UUID runId) {
        em.createNativeQuery("DELETE FROM score_staging WHERE run_id = :run").setParameter("run", runId).executeUpdate();
    }

    /** Deletes the staged scores of runs that are no longer queued or running (e.g. interrupted by a restart). */
    @Transactional(Transactional.TxType.MANDATORY)
    int discardOrphaned() {
        return em.createNativeQuery("""
                DELETE FROM score_staging s WHERE NOT EXISTS
                    (SELECT 1 FROM score_run r WHERE r.id = s.run_id AND r.status IN ('QUEUED', 'RUNNING'))""").executeUpdate();
    }
}
