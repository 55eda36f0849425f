package uk.ppo.scoring.run;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.common.jobs.Progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

final class RunRecords {

    private RunRecords() {
    }

    @Schema(name = "StartScoreRun")
    record StartRun(@NotNull @Schema(example = "5b0f0a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b") UUID schemeId,
                    @Schema(description = "Scoring date; default today; not in the future", example = "2026-11-01") LocalDate asOf,
                    @Min(1) @Max(500)
                    @Schema(description = "C&C places to propose (default 20). C&C and R&R together should be at least 20:"
                            + " a scheme with 6 on R&R may ask for 14; a proposal below 20 in all carries a warning", example = "20")
                    Integer ccSize) {
    }

    /**
     * The run's status with the values release 1.0 of the API document promised: generated clients fail on a value
     * they do not know, so a cancelled run reads FAILED here (stored nothing, the failure says it was cancelled) and
     * CANCELLED only in the run's {@code state}.
     */
    @Schema(name = "RunStatus", description = "QUEUED, RUNNING, COMPLETED or FAILED; a cancelled run reads FAILED (its state says CANCELLED)")
    enum ReleasedStatus {
        QUEUED, RUNNING, COMPLETED, FAILED;

        static ReleasedStatus of(RunStatus status) {
            return status == RunStatus.CANCELLED ? FAILED : valueOf(status.name());
        }
    }

    @Schema(name = "ScoreRun")
    record RunView(UUID id, UUID schemeId, String schemeCode, LocalDate asOf, int matrixVersion, ReleasedStatus status,
                   @Schema(description = "People to score, once known") Integer totalPeople,
                   @Schema(description = "People scored so far") int scored,
                   @Schema(description = "Why the run failed; a failed run stored nothing") String failure,
                   @Schema(description = "Sum of the matrix scores of current C&C and R&R members (DOMAIN: baseline 788)") Integer cohortTotal,
                   @Schema(description = "Sum of the ASSET scores of current P&D members (DOMAIN: baseline 443)") Integer pndAssetTotal,
                   ScoreRun.ProposalStatus proposalStatus, List<String> warnings, Instant startedAt, String startedBy,
                   Instant finishedAt, Instant submittedAt, String submittedBy,
                   @Schema(description = "Percent of the people scored, once the total is known", example = "40") Integer percentDone,
                   @Schema(description = "People scored per second by the replica working the run (since it took the run on), or,"
                           + " once completed, over the whole of its last attempt", example = "5120.4") BigDecimal peoplePerSecond,
                   @Schema(description = "How many times a replica has taken the run on: more than 1 when the replica working it"
                           + " stopped and another started it again", example = "1") Integer attempts,
                   @Schema(description = "The run's state: its status, and CANCELLED for a run cancelled before it finished (status FAILED)")
                   RunStatus state,
                   @Schema(description = "Who cancelled the run (state CANCELLED); a cancelled run stored nothing") String cancelledBy) {
        static RunView of(ScoreRun r) {
            Instant until = r.status().active() ? Instant.now() : r.finishedAt();
            Progress progress = Progress.of(r.scored(), r.totalPeople() == null ? null : r.totalPeople().longValue(), r.claimedAt(),
                    r.status() == RunStatus.RUNNING || r.status() == RunStatus.COMPLETED ? until : null);
            return new RunView(r.id(), r.schemeId(), r.schemeCode(), r.asOf(), r.matrixVersionNumber(), ReleasedStatus.of(r.status()),
                    r.totalPeople(),
                    r.scored(), r.failure(), r.cohortTotal(), r.pndAssetTotal(), r.proposalStatus(), r.warnings(), r.startedAt(),
                    r.startedBy(), r.finishedAt(), r.submittedAt(), r.submittedBy(), progress.percent(), progress.perSecond(),
                    r.attempts(), r.status(), r.cancelledBy());
        }
    }

    @Schema(name = "ProposalEntry")
    record EntryView(UUID personId, String pncId, int rank,
                     @Schema(description = "ASSET score for P&D, matrix score for C&C") int rankingScore,
                     ProposalRules.Action action, boolean currentMember, boolean pendingNominee, boolean tieAtCutOff,
                     @Schema(description = "Data incomplete: see the person's score") boolean provisional, UUID nominationId) {
        static EntryView of(ProposalEntry e) {
            return new EntryView(e.personId(), e.pncId(), e.rank(), e.rankingScore(), e.action(), e.currentMember(),
                    e.pendingNominee(), e.tieAtCutOff(), e.provisional(), e.nominationId());
        }
    }

    @Schema(name = "Proposal", description = "Ranked per strand, with who would join, stay and leave")
    record ProposalView(UUID runId, LocalDate asOf, int matrixVersion, ScoreRun.ProposalStatus status, List<String> warnings,
                        Map<ProposalRules.Strand, List<EntryView>> strands) {
        /** The run's entries by strand (P&D and C&C, both present), in the order given. */
        static ProposalView of(ScoreRun run, List<ProposalEntry> entries) {
            Map<ProposalRules.Strand, List<EntryView>> strands = new EnumMap<>(ProposalRules.Strand.class);
            strands.put(ProposalRules.Strand.PREVENT_DETER, new ArrayList<>());
            strands.put(ProposalRules.Strand.CATCH_CONVICT, new ArrayList<>());
            for (ProposalEntry e : entries) {
                strands.get(e.strand()).add(EntryView.of(e));
            }
            return new ProposalView(run.id(), run.asOf(), run.matrixVersionNumber(), run.proposalStatus(), run.warnings(), strands);
        }
    }

    @Schema(name = "SubmitProposal", description = "Approve the proposal: nominations are created in offender-service for every JOIN not excluded")
    record Submit(@Size(max = 1000) @Schema(description = "People to leave out of the nominations") List<@NotNull UUID> exclude) {
    }

    @Schema(name = "ProposalSubmission")
    record SubmitView(RunView run, int nominated, int alreadyPending, int excluded) {
    }

    @Schema(name = "CohortTrendPoint")
    record TrendPoint(UUID runId, LocalDate asOf, int matrixVersion, int people, Integer cohortTotal, Integer cohortTotalChange,
                      Integer pndAssetTotal, Integer pndAssetTotalChange,
                      @Schema(description = "Cohort total minus the baseline's (absent without a baseline)", example = "-80") Integer cohortTotalSinceBaseline,
                      @Schema(description = "That change in percent of the baseline, one decimal", example = "-10.2") java.math.BigDecimal cohortTotalSinceBaselinePercent,
                      @Schema(example = "-40") Integer pndAssetTotalSinceBaseline,
                      @Schema(example = "-9.0") java.math.BigDecimal pndAssetTotalSinceBaselinePercent,
                      @Schema(description = "The six-month period after the baseline date the run falls in (1 = first); absent on or before it", example = "1") Integer targetPeriod,
                      @Schema(description = "Last day of that period") LocalDate targetPeriodEnds,
                      @Schema(description = "Highest cohort total meeting the target for that period: baseline x (1 - target%)^period", example = "709.2") java.math.BigDecimal cohortTotalTarget,
                      @Schema(description = "Cohort total at or below the period's target") Boolean targetMet) {
    }

    @Schema(name = "RecordSchemeBaseline", description = "A scheme's trend baseline: aggregate totals when it was taken and the six-monthly reduction target")
    record RecordBaseline(
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(10_000_000)
            @Schema(example = "788") Integer cohortTotal,
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(10_000_000)
            @Schema(example = "443") Integer pndAssetTotal,
            @jakarta.validation.constraints.NotNull @Schema(example = "2026-04-01") LocalDate takenOn,
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("100")
            @jakarta.validation.constraints.Digits(integer = 3, fraction = 1)
            @Schema(description = "Reduction of the cohort total aimed for every six months, percent", example = "10") java.math.BigDecimal reductionTargetPercent) {
    }

    @Schema(name = "SchemeBaseline")
    record BaselineView(UUID schemeId, String schemeCode, int cohortTotal, int pndAssetTotal, LocalDate takenOn,
                        java.math.BigDecimal reductionTargetPercent, java.time.Instant recordedAt, String recordedBy) {
        static BaselineView of(SchemeBaseline b) {
            return new BaselineView(b.schemeId(), b.schemeCode(), b.cohortTotal(), b.pndAssetTotal(), b.takenOn(),
                    b.reductionTargetPercent(), b.recordedAt(), b.recordedBy());
        }
    }
}
