package uk.ppo.offender.cohort;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.person.Ethnicity;
import uk.ppo.offender.person.Gender;
import uk.ppo.offender.person.IomCategory;
import uk.ppo.offender.person.ListingBasis;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API types of the scheme cohort resource: request and response kept apart, never the entity. */
public final class SchemeCohortRecords {

    private SchemeCohortRecords() {
    }

    @Schema(name = "CohortMember")
    public record Member(UUID id, String pncId, String firstName, String lastName, Strand strand, PersonStatus status,
                         @Schema(description = "PROLIFIC or PRIORITY; null when selected before the basis was recorded")
                         ListingBasis listedFor, LocalDate selectedOn, LocalDate nextReviewDue, boolean reviewOverdue) {
    }

    @Schema(name = "Cohort", description = "Current PPOs (ACTIVE and AMBER) of a scheme")
    public record Cohort(String scheme, LocalDate asOf, Map<Strand, Integer> counts, int amber, List<String> warnings,
                         @Schema(description = "Members listed for the volume of their offending (PROLIFIC) and for its seriousness and harm (PRIORITY)")
                         Map<ListingBasis, Integer> byListingBasis,
                         @Schema(description = "Members selected before the basis was recorded") int listingBasisNotRecorded,
                         Map<Gender, Integer> byGender, Map<Ethnicity, Integer> byEthnicity, List<Member> members) {
    }

    @Schema(name = "ReviewDue")
    public record ReviewDue(UUID personId, String pncId, String firstName, String lastName, Strand strand,
                            LocalDate nextReviewDue, boolean overdue, long daysOverdue) {
    }

    @Schema(name = "IomCohortMember", description = "cohort is PPO for a current PPO, else the managed IOM cohort; null for someone only MAPPA-managed")
    public record IomMember(UUID id, String pncId, String firstName, String lastName, IomCategory cohort, LocalDate since,
                            PersonStatus status, Strand strand, boolean mappaManaged, LocalDate mappaSince) {
    }

    @Schema(name = "IomCohort", description = "Current members of the Integrated Offender Management cohorts of a scheme: "
            + "counts per cohort (MAPPA counts the MAPPA-managed, who may also be in another cohort)")
    public record IomCohort(String scheme, LocalDate asOf, Map<IomCategory, Integer> counts, List<IomMember> members) {
    }

    @Schema(name = "AmberListEntry", description = "A current PPO and their custody: the sentence, the prison, the expected release and the review before it")
    public record CustodyEntry(UUID personId, String pncId, String firstName, String lastName, Strand strand, PersonStatus status,
                               boolean inCustody, @Schema(example = "36") Integer sentenceMonths, LocalDate sentencedOn,
                               @Schema(example = "HMP Lewes") String prison, @Schema(example = "2029-03-14") LocalDate expectedReleaseOn,
                               @Schema(description = "From the list's date to the expected release (negative: past it, no release recorded)") Long daysToRelease,
                               LocalDate releasedOn, LocalDate nextReviewDue,
                               @Schema(description = "The next review is the review before release") boolean preReleaseReview,
                               boolean reviewOverdue) {
    }

    @Schema(name = "AmberList", description = "The scheme's amber PPOs, and every current PPO in custody whose release is due within the window")
    public record AmberList(String scheme, LocalDate on, @Schema(example = "28") int preReleaseReviewDays,
                            @Schema(example = "56") int releaseWithinDays,
                            @Schema(description = "AMBER members, soonest expected release first (released ones last)") List<CustodyEntry> members,
                            @Schema(description = "Current PPOs (amber or not) in custody expected out by on + releaseWithinDays, soonest first") List<CustodyEntry> releasesDue) {
    }
}
