package uk.ppo.scoring.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Entitlements;
import uk.ppo.scoring.audit.AuditAction;

import java.util.List;
import java.util.UUID;

/**
 * Score runs as a caller may read them: only runs of schemes in their scope (others answer as unknown), and a
 * completed run's proposal, its reading audited against every person it names.
 */
@ApplicationScoped
class VisibleRuns {

    private final RunRepository runs;
    private final AuditTrail audit;
    private final Entitlements entitlements;

    VisibleRuns(RunRepository runs, AuditTrail audit, Entitlements entitlements) {
        this.runs = runs;
        this.audit = audit;
        this.entitlements = entitlements;
    }

    @Transactional
    ScoreRun get(UUID runId) {
        return runs.findByIdOptional(runId).orElseThrow(() -> ProblemException.notFound("No score run " + runId));
    }

    /**
     * The run, when the caller may see its scheme. A run of a scheme out of their scope answers exactly as a run
     * that does not exist ("No score run {id}"); the refusal is audited. A scheme's code never changes, so the
     * code the run was started with is the scheme's.
     */
    @Transactional
    ScoreRun visible(UUID runId) {
        ScoreRun run = get(runId);
        try {
            entitlements.requireScheme(run.schemeId(), run.schemeCode());
        } catch (ProblemException outOfScope) {
            throw ProblemException.notFound("No score run " + runId);
        }
        return run;
    }

    /** The runs of a scheme the caller may see, newest first: none for a scheme outside their scope, as for an unknown one. */
    @Transactional
    List<ScoreRun> ofScheme(UUID schemeId) {
        return runs.ofScheme(schemeId).stream().filter(r -> entitlements.maySee(r.schemeCode())).toList();
    }

    @Transactional
    List<ProposalEntry> proposal(UUID runId) {
        ScoreRun run = get(runId);
        if (run.status() != RunStatus.COMPLETED) {
            throw ProblemException.conflict("The run is " + run.status() + ": it has no proposal");
        }
        List<ProposalEntry> entries = runs.proposal(runId);
        // one record per person the proposal names, written by one statement
        audit.recordEach(AuditAction.PROPOSAL_READ, entries.stream().map(ProposalEntry::personId).distinct().toList(),
                "proposal run=" + runId + " entries=" + entries.size());
        return entries;
    }

    /** A scheme's completed runs, oldest first (its cohort trend). */
    @Transactional
    List<ScoreRun> trend(UUID schemeId) {
        return runs.completedOfScheme(schemeId);
    }
}
