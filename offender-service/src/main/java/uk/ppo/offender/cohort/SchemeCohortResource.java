package uk.ppo.offender.cohort;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
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
    @Operation(operationId = "getCohort", summary = "Current members by strand with counts against the size rules and an equality breakdown",
            description = "A scheme's current PPOs (ACTIVE and AMBER) with counts per strand against the size rules and an equality"
                    + " breakdown. Admins, coordinators, offender managers and partner systems of the scheme; each member is audited.")
    @APIResponse(responseCode = "200", description = "The cohort")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public Cohort cohort(@PathParam("schemeId") UUID schemeId) {
        return cohorts.cohort(schemeId, LocalDate.now());
    }

    @GET
    @Path("/iom-cohort")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "getIomCohort", summary = "Current members of the IOM cohorts (PPO, short sentence, women under 12 months, DIP, MAPPA), optionally one of them",
            description = "A scheme's current Integrated Offender Management cohorts with counts, optionally one category. Admins,"
                    + " coordinators, offender managers and partner systems of the scheme; each member is audited.")
    @APIResponse(responseCode = "200", description = "The IOM cohort")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public IomCohort iomCohort(@PathParam("schemeId") UUID schemeId, @QueryParam("category") IomCategory category) {
        return cohorts.iomCohort(schemeId, category, LocalDate.now());
    }

    @GET
    @Path("/reviews")
    @Operation(operationId = "listReviewsDue", summary = "Members whose review is overdue or due within the window, soonest first",
            description = "A scheme's current PPOs whose review is overdue or falls due within withinDays of asOf, soonest first. Admins,"
                    + " coordinators and offender managers of the scheme; each person listed is audited.")
    @APIResponse(responseCode = "200", description = "Reviews due")
    @APIResponse(responseCode = "400", description = "withinDays out of range, or asOf not a date")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public List<ReviewDue> reviewsDue(@PathParam("schemeId") UUID schemeId, @QueryParam("asOf") LocalDate asOf,
                                      @Parameter(description = "Days ahead of asOf, 0 to 366") @QueryParam("withinDays") @DefaultValue("28")
                                      @Min(value = 0, message = "must be between 0 and 366")
                                      @Max(value = 366, message = "must be between 0 and 366") int withinDays) {
        return cohorts.reviewsDue(schemeId, asOf == null ? LocalDate.now() : asOf, withinDays);
    }

    @GET
    @Path("/amber-list")
    @Operation(operationId = "getAmberList", summary = "Amber PPOs with sentence, prison, expected release, pre-release review date and days to release; and the releases due",
            description = "A scheme's amber list on a date, and every current PPO in custody due out within releaseWithinDays. Admins,"
                    + " coordinators and offender managers of the scheme; each person listed is audited.")
    @APIResponse(responseCode = "200", description = "The amber list (each person listed is audited)")
    @APIResponse(responseCode = "400", description = "releaseWithinDays out of range")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public AmberList amberList(@PathParam("schemeId") UUID schemeId, @QueryParam("on") LocalDate on,
                               @Parameter(description = "Days ahead of on, 0 to 731 (two years)")
                               @QueryParam("releaseWithinDays") @DefaultValue("56")
                               @Min(value = 0, message = "must be between 0 and 731 (two years)")
                               @Max(value = 731, message = "must be between 0 and 731 (two years)") int releaseWithinDays) {
        return cohorts.amberList(schemeId, on == null ? LocalDate.now() : on, releaseWithinDays);
    }

    @GET
    @Path("/nominations")
    @Operation(operationId = "listPendingNominations", summary = "Nominations awaiting the panel, oldest first",
            description = "A scheme's pending nominations, oldest first, for the panel's agenda. Admins, coordinators and offender"
                    + " managers of the scheme; each nomination read is audited.")
    @APIResponse(responseCode = "200", description = "The pending nominations, oldest first")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public List<NominationResource.NominationView> pendingNominations(@PathParam("schemeId") UUID schemeId) {
        return cohorts.pendingNominations(schemeId);
    }
}
