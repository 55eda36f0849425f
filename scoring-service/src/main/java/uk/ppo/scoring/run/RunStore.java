package uk.ppo.scoring.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.scoring.audit.Actor;
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

/** The transactions of a score run: its progress in small ones, its results in one, so a failure stores nothing. */
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

    RunStore(RunRepository runs, ScoreRepository scores, MatrixService matrices, EntityManager em) {
        this.runs = runs;
        this.scores = scores;
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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(UUID runId, String reason) {
        runs.findById(runId).failed(reason, Instant.now());
    }

    /** Stores every score, the proposal and the run's totals together. */
    @Transactional
    void complete(UUID runId, List<Scored> results, ProposalRules.Proposal proposal, int cohortTotal, int pndAssetTotal,
                  Actor actor) {
        ScoreRun run = runs.findById(runId);
        UUID schemeId = run.schemeId();
        String schemeCode = run.schemeCode();
        int version = run.matrixVersionNumber();
        matrices.markUsed(run.matrixId());
        Map<UUID, Score> before = scores.latest(results.stream().map(Scored::personId).toList());
        Instant now = Instant.now();
        List<UUID> audited = new java.util.ArrayList<>(results.size());
        int n = 0;
        for (Scored r : results) {
            Score previous = before.get(r.personId());
            String reason = ChangeReason.of(previous == null ? null
                    : new ChangeReason.Previous(previous.total(), previous.matrixVersionNumber(), ScoreJson.lines(previous.linesJson())),
                    r.total(), version, r.lines());
            em.persist(new Score(runId, r.personId(), schemeId, schemeCode, run.asOf(), version, r.total(), ScoreJson.write(r.lines()),
                    ScoreJson.write(r.excluded()), r.inputsJson(), r.provisionalReasons(), reason, now));
            audited.add(r.personId());
            if (++n % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        for (ProposalRules.Entry e : proposal.entries()) {
            em.persist(new ProposalEntry(runId, e));
            if (++n % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        auditAs(actor, audited, "run=" + runId);
        runs.findById(runId).completed(results.size(), cohortTotal, pndAssetTotal, proposal.warnings(), now);
    }

    private static final String AUDIT_INSERT = """
            INSERT INTO audit_record (at, username, roles, agency, action, person_id, detail, request_id, purpose)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * One audit record per person scored, naming the coordinator who started the run. Written to the
     * service's audit_record table (the one common's AuditTrail reads) in the run's transaction, in JDBC
     * batches: AuditTrail records only as the caller of the current request, and a run has none.
     */
    private void auditAs(Actor actor, List<UUID> people, String detail) {
        Timestamp at = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(AUDIT_INSERT)) {
                int batch = 0;
                for (UUID person : people) {
                    insert.setTimestamp(1, at);
                    insert.setString(2, cut(actor.username(), 120));
                    insert.setString(3, cut(actor.roles(), 200));
                    insert.setString(4, cut(actor.agency(), 40));
                    insert.setString(5, AuditAction.SCORE_RUN.name());
                    insert.setObject(6, person);
                    insert.setString(7, cut(detail, 200));
                    insert.setString(8, cut(actor.requestId(), 128));
                    insert.setString(9, cut(actor.purpose(), 200));
                    insert.addBatch();
                    if (++batch % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
