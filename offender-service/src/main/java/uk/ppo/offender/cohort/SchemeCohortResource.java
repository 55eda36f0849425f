package uk.ppo.offender.cohort;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.nomination.NominationResource;
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

/** A scheme's cohort, its reviews falling due and its nominations awaiting a panel. */
@Path("/api/v1/schemes/{schemeId}")
@Tag(name = "Cohort", description = "Current members of a scheme by strand, size rules, equality monitoring, IOM cohorts, reviews due, pending nominations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER})
public class SchemeCohortResource {

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

    private final CohortService cohorts;

    SchemeCohortResource(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @GET
    @Path("/cohort")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "getCohort", summary = "Current members by strand with counts against the size rules and an equality breakdown")
    @APIResponse(responseCode = "200", description = "The cohort")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public Cohort cohort(@PathParam("schemeId") UUID schemeId) {
        return cohorts.cohort(schemeId, LocalDate.now());
    }

    @GET
    @Path("/iom-cohort")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "getIomCohort", summary = "Current members of the IOM cohorts (PPO, short sentence, women under 12 months, DIP, MAPPA), optionally one of them")
    @APIResponse(responseCode = "200", description = "The IOM cohort")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public IomCohort iomCohort(@PathParam("schemeId") UUID schemeId, @QueryParam("category") IomCategory category) {
        return cohorts.iomCohort(schemeId, category, LocalDate.now());
    }

    @GET
    @Path("/reviews")
    @Operation(operationId = "listReviewsDue", summary = "Members whose review is overdue or due within the window, soonest first")
    @APIResponse(responseCode = "200", description = "Reviews due")
    @APIResponse(responseCode = "400", description = "withinDays out of range")
    public List<ReviewDue> reviewsDue(@PathParam("schemeId") UUID schemeId, @QueryParam("asOf") LocalDate asOf,
                                      @QueryParam("withinDays") @DefaultValue("28") int withinDays) {
        if (withinDays < 0 || withinDays > 366) {
            throw ProblemException.invalid("withinDays", "must be between 0 and 366");
        }
        return cohorts.reviewsDue(schemeId, asOf == null ? LocalDate.now() : asOf, withinDays);
    }

    @GET
    @Path("/amber-list")
    @Operation(operationId = "getAmberList", summary = "Amber PPOs with sentence, prison, expected release, pre-release review date and days to release; and the releases due")
    @APIResponse(responseCode = "200", description = "The amber list (each person listed is audited)")
    @APIResponse(responseCode = "400", description = "releaseWithinDays out of range")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public AmberList amberList(@PathParam("schemeId") UUID schemeId, @QueryParam("on") LocalDate on,
                               @QueryParam("releaseWithinDays") @DefaultValue("56") int releaseWithinDays) {
        if (releaseWithinDays < 0 || releaseWithinDays > 731) {
            throw ProblemException.invalid("releaseWithinDays", "must be between 0 and 731 (two years)");
        }
        return cohorts.amberList(schemeId, on == null ? LocalDate.now() : on, releaseWithinDays);
    }

    @GET
    @Path("/nominations")
    @Operation(operationId = "listPendingNominations", summary = "Nominations awaiting the panel, oldest first")
    public List<NominationResource.NominationView> pendingNominations(@PathParam("schemeId") UUID schemeId) {
        return cohorts.pendingNominations(schemeId);
    }
}
