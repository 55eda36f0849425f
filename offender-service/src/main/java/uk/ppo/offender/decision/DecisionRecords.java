package uk.ppo.offender.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.person.IomCategory;
import uk.ppo.offender.person.ListingBasis;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of the decision resource: request and response kept apart, never the entity. */
public final class DecisionRecords {

    private DecisionRecords() {
    }

    @Schema(name = "CreateDecision", description = "SELECT and MOVE need a strand (a MOVE to REHABILITATE_RESETTLE also one of the five reasons); "
            + "SELECT needs listedFor (a MOVE may restate it); DESELECT and REMOVE a reasonCode; AMBER takes CUSTODY_OVER_2_YEARS "
            + "or none; RETURN_FROM_AMBER (an amber PPO released, back on the active list on their strand) takes neither; "
            + "IOM_ENTER an iomCategory; IOM_EXIT an iomCategory and a reasonCode")
    public record CreateDecision(
            @NotNull DecisionType type,
            Strand strand,
            ReasonCode reasonCode,
            @Schema(description = "Why the person is listed: the volume of offending (PROLIFIC) or its seriousness and impact"
                    + " on the community (PRIORITY)", example = "PROLIFIC") ListingBasis listedFor,
            @Schema(description = "For IOM_ENTER and IOM_EXIT: SHORT_SENTENCE, WOMEN_SHORT_SENTENCE, DIP or MAPPA")
            IomCategory iomCategory,
            @NotNull @Schema(example = "2026-11-02") LocalDate decidedOn,
            @NotBlank @Size(max = 4000) @Schema(example = "Matrix score 64; 14 dwelling burglaries in 12 months") String rationale,
            @NotEmpty @Size(max = 12) List<@NotNull Agency> attendingAgencies,
            @Size(max = 20) @Schema(description = "Needs assessments of this person the panel weighed (ids; none after the decision date)")
            List<@NotNull UUID> needsAssessmentIds) {
    }

    @Schema(name = "PanelDecision")
    public record DecisionView(UUID id, UUID personId, DecisionType type, Strand strand, ReasonCode reasonCode,
                               @Schema(description = "PROLIFIC or PRIORITY as decided; null when the decision gave none"
                                       + " (not a SELECT, or recorded before the basis was asked for)") ListingBasis listedFor,
                               LocalDate decidedOn, String rationale, List<Agency> attendingAgencies,
                               PersonStatus previousStatus, Strand previousStrand, PersonStatus resultingStatus,
                               Strand resultingStrand,
                               @Schema(description = "The IOM cohort an IOM_ENTER or IOM_EXIT is about") IomCategory iomCategory,
                               @Schema(description = "The person's IOM cohort before: PPO while a current PPO") IomCategory previousIomCohort,
                               @Schema(description = "The person's IOM cohort after: PPO while a current PPO") IomCategory resultingIomCohort,
                               boolean previousMappaManaged, boolean resultingMappaManaged,
                               String recordedBy, Instant recordedAt,
                               @Schema(description = "The needs assessments the panel cited") List<UUID> needsAssessmentIds) {
        static DecisionView of(PanelDecision d) {
            return new DecisionView(d.id(), d.personId(), d.type(), d.strand(), d.reasonCode(), d.listedFor(), d.decidedOn(),
                    d.rationale(), d.attendingAgencies(), d.previousStatus(), d.previousStrand(), d.resultingStatus(),
                    d.resultingStrand(), d.iomCategory(), IomCategory.cohortOf(d.previousStatus(), d.previousIomCategory()),
                    IomCategory.cohortOf(d.resultingStatus(), d.resultingIomCategory()), d.previousMappa(), d.resultingMappa(),
                    d.recordedBy(), d.recordedAt(), d.needsAssessmentIds());
        }
    }
}
