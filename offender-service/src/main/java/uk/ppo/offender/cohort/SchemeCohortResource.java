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
import uk.ppo.offender.person.ListingBasis;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A scheme's cohort, its reviews falling due and its nominations awaiting a panel. */
@Path("/api/v1/schemes/{schemeId}")
@Tag(name = "Cohort", description = "Current members of a scheme by strand, size rules, equality monitoring, reviews due, pending nominations")
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
    @Path("/nominations")
    @Operation(operationId = "listPendingNominations", summary = "Nominations awaiting the panel, oldest first")
    public List<NominationResource.NominationView> pendingNominations(@PathParam("schemeId") UUID schemeId) {
        return cohorts.pendingNominations(schemeId);
    }
}
