package uk.ppo.scoring.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.scoring.audit.AuditAction;
import uk.ppo.scoring.offender.OffenderFailure;
import uk.ppo.scoring.offender.OffenderInputs;
import uk.ppo.scoring.offender.OffenderService;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Submits a completed run's proposal: each JOIN not excluded becomes a nomination in offender-service, made as
 * the submitting coordinator, recorded and audited one by one, so a submission that stops part-way continues
 * where it stopped when submitted again.
 */
@ApplicationScoped
class ProposalSubmission {

    /**
     * A score run ranks people by the volume of their offending (the matrix, or the ASSET score), so its
     * nominations are PROLIFIC; a panel that lists someone for seriousness and harm says PRIORITY when it selects.
     */
    static final String LISTED_FOR = "PROLIFIC";

    record Plan(ScoreRun run, List<ProposalEntry> todo) {
    }

    record Result(ScoreRun run, int nominated, int alreadyPending, int excluded) {
    }

    private final RunRepository runs;
    private final OffenderService offender;
    private final AuditTrail audit;

    ProposalSubmission(RunRepository runs, OffenderService offender, AuditTrail audit) {
        this.runs = runs;
        this.offender = offender;
        this.audit = audit;
    }

    /** Creates the nominations of a proposal in offender-service, as the submitting coordinator. */
    Result submit(UUID runId, Set<UUID> excluded, String callerToken, String agency, String submittedBy) {
        Plan plan = plan(runId, excluded);
        int nominated = 0;
        int alreadyPending = 0;
        for (ProposalEntry e : plan.todo()) {
            try {
                Optional<OffenderInputs.Nominated> n = offender.nominate(callerToken, e.personId(),
                        new OffenderInputs.Nominate(e.strand().name(), LISTED_FOR, reason(plan.run(), e), agency),
                        wording(e.personId(), nominated));
                recordNomination(e.id(), n.map(OffenderInputs.Nominated::id).orElse(null));
                if (n.isPresent()) {
                    nominated++;
                } else {
                    alreadyPending++;
                }
            } catch (OffenderFailure failure) {
                if (failure.refused() || nominated + alreadyPending > 0) {
                    markSubmitted(runId, false, submittedBy);
                }
                throw failure;
            }
        }
        ScoreRun run = markSubmitted(runId, true, submittedBy);
        return new Result(run, nominated, alreadyPending, excluded.size());
    }

    /** What a submission says when offender-service fails the nomination of a person, after {@code nominated} were made. */
    static OffenderFailure.Wording wording(UUID personId, int nominated) {
        return new OffenderFailure.Wording(
                status -> "offender-service refused the nomination of person " + personId + " (" + status + "); " + nominated
                        + " nominations were made, submit again to continue",
                (outage, cause) -> "offender-service is unavailable; " + nominated
                        + " nominations were made before it failed, submit again to continue");
    }

    /** Entries whose nomination is still to be made, and the run, locked against a concurrent submit. */
    @Transactional
    Plan plan(UUID runId, Set<UUID> excluded) {
        ScoreRun run = runs.findByIdOptional(runId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No score run " + runId));
        if (run.status() != RunStatus.COMPLETED) {
            throw ProblemException.conflict("The run is " + run.status() + ": only a completed run's proposal can be submitted");
        }
        if (run.proposalStatus() == ScoreRun.ProposalStatus.SUBMITTED) {
            throw ProblemException.conflict("The proposal was already submitted by " + run.submittedBy());
        }
        List<ProposalEntry> todo = runs.proposal(runId).stream()
                .filter(e -> e.action() == ProposalRules.Action.JOIN && !e.pendingNominee() && e.nominationId() == null)
                .filter(e -> !excluded.contains(e.personId()))
                .toList();
        return new Plan(run, todo);
    }

    @Transactional
    void recordNomination(UUID entryId, UUID nominationId) {
        ProposalEntry e = runs.getEntityManager().find(ProposalEntry.class, entryId);
        e.nominated(nominationId);
        audit.record(AuditAction.PROPOSAL_SUBMIT, e.personId(), "run=" + e.runId() + " strand=" + e.strand()
                + (nominationId == null ? " already pending" : " nomination=" + nominationId));
    }

    @Transactional
    ScoreRun markSubmitted(UUID runId, boolean complete, String by) {
        ScoreRun run = runs.findById(runId);
        run.submitted(complete, by, Instant.now());
        return run;
    }

    private static String reason(ScoreRun run, ProposalEntry e) {
        String basis = e.strand() == ProposalRules.Strand.PREVENT_DETER ? "ASSET score " + e.rankingScore()
                : "matrix score " + e.rankingScore() + " (matrix version " + run.matrixVersionNumber() + ")";
        return "Proposed by score run " + run.id() + " as of " + run.asOf() + ": rank " + e.rank() + " for "
                + e.strand() + " on " + basis + (e.tieAtCutOff() ? "; tied at the cut-off" : "")
                + (e.provisional() ? "; provisional: data incomplete" : "");
    }
}
