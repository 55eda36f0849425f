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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.cohort.SchemeCohortRecords.AmberList;
import uk.ppo.offender.cohort.SchemeCohortRecords.Cohort;
import uk.ppo.offender.cohort.SchemeCohortRecords.IomCohort;
import uk.ppo.offender.cohort.SchemeCohortRecords.ReviewDue;
import uk.ppo.offender.nomination.NominationRecords;
import uk.ppo.offender.person.IomCategory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A scheme's cohort, its reviews falling due and its nominations awaiting a panel. */
@Path("/api/v1/schemes/{schemeId}")
@Tag(name = "Cohort", description = "Current members of a scheme by strand, size rules, equality monitoring, IOM cohorts, reviews due, pending nominations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class SchemeCohortResource {

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
    public List<NominationRecords.NominationView> pendingNominations(@PathParam("schemeId") UUID schemeId) {
        return cohorts.pendingNominations(schemeId);
    }
}
