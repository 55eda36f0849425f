package uk.ppo.scoring.score;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Entitlements;
import uk.ppo.scoring.audit.AuditAction;
import uk.ppo.scoring.offender.Scopes;

import java.util.List;
import java.util.UUID;

/**
 * Reads of a person's scores, for callers who may see the person by their current scheme as offender-service
 * holds it now: never by the scheme a score was written under, so a transfer moves access at once. Every read
 * is audited.
 */
@ApplicationScoped
class ScoreService {

    private final ScoreRepository scores;
    private final AuditTrail audit;
    private final Scopes scopes;
    private final Entitlements entitlements;

    ScoreService(ScoreRepository scores, AuditTrail audit, Scopes scopes, Entitlements entitlements) {
        this.scores = scores;
        this.audit = audit;
        this.scopes = scopes;
        this.entitlements = entitlements;
    }

    @Transactional
    Score latest(UUID personId) {
        scopes.requirePerson(personId);
        Score latest = scores.history(personId).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No score for person " + personId));
        audit.record(AuditAction.SCORE_READ, personId, "latest score=" + latest.id());
        return latest;
    }

    @Transactional
    List<Score> history(UUID personId) {
        scopes.requirePerson(personId);
        List<Score> history = scores.history(personId);
        if (history.isEmpty()) {
            throw ProblemException.notFound("No score for person " + personId);
        }
        audit.record(AuditAction.SCORE_HISTORY_READ, personId, "scores=" + history.size());
        return history;
    }

    /** One score, when the caller may see its person now; otherwise the same 404 as a score that does not exist. */
    @Transactional
    Score one(UUID scoreId) {
        Score score = scores.findByIdOptional(scoreId).orElseThrow(() -> notFound(scoreId));
        String currentScheme = scopes.currentSchemeOf(score.personId()).orElse(null);
        try {
            entitlements.requirePerson(score.personId(), currentScheme);
        } catch (ProblemException outOfScope) {
            throw notFound(scoreId);  // the refusal is audited; the answer names the score, as for an unknown one
        }
        audit.record(AuditAction.SCORE_READ, score.personId(), "score=" + scoreId + " with inputs");
        return score;
    }

    private static ProblemException notFound(UUID scoreId) {
        return ProblemException.notFound("No score " + scoreId);
    }
}
