package uk.ppo.scoring.score;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.scoring.audit.AuditAction;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.security.Caller;

import java.util.List;
import java.util.UUID;

/** Reads of a person's scores: only those of schemes the caller may see; every read audited. */
@ApplicationScoped
class ScoreService {

    private final ScoreRepository scores;
    private final AuditTrail audit;
    private final Caller caller;

    ScoreService(ScoreRepository scores, AuditTrail audit, Caller caller) {
        this.scores = scores;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    Score latest(UUID personId) {
        Score latest = visibleHistory(personId).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No score for person " + personId));
        audit.record(AuditAction.SCORE_READ, personId, "latest score=" + latest.id());
        return latest;
    }

    @Transactional
    List<Score> history(UUID personId) {
        List<Score> history = visibleHistory(personId);
        if (history.isEmpty()) {
            throw ProblemException.notFound("No score for person " + personId);
        }
        audit.record(AuditAction.SCORE_HISTORY_READ, personId, "scores=" + history.size());
        return history;
    }

    @Transactional
    Score one(UUID scoreId) {
        Score score = scores.findByIdOptional(scoreId).filter(s -> caller.maySee(s.schemeCode()))
                .orElseThrow(() -> ProblemException.notFound("No score " + scoreId));
        audit.record(AuditAction.SCORE_READ, score.personId(), "score=" + scoreId + " with inputs");
        return score;
    }

    private List<Score> visibleHistory(UUID personId) {
        return scores.history(personId).stream().filter(s -> caller.maySee(s.schemeCode())).toList();
    }
}
