package uk.ppo.offender.performance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.person.IomCategory;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/performance/cohorts")
@Tag(name = "NI 30 performance", description = "Re-offending of PPO and other IOM cohorts fixed on a date: baseline against follow-up, by quarter")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class PerformanceResource {

    @Schema(name = "CreatePerformanceCohort")
    public record CreateCohort(
            @NotBlank @Size(max = 200) @Schema(example = "East Sussex PPO cohort 2009/10") String name,
            @NotEmpty @Size(max = 50) List<@NotNull UUID> schemeIds,
            @NotNull @Schema(example = "2009-02-01") LocalDate fixedOn,
            @NotNull @Schema(example = "2007-10-01") LocalDate baselineFrom,
            @NotNull @Schema(example = "2008-09-30") LocalDate baselineTo,
            @NotNull @Schema(example = "2009-04-01") LocalDate followUpFrom,
            @NotNull @Schema(example = "2010-03-31") LocalDate followUpTo,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(example = "22") BigDecimal targetReductionPercent,
            @Schema(description = "The IOM cohort measured; PPO when left out", defaultValue = "PPO") IomCategory category,
            @DecimalMin("0") @DecimalMax("100") @Schema(description = "A stretch (reward) target beyond the target, e.g. 26 beside 20",
                    example = "26") BigDecimal stretchReductionPercent) {
    }

    @Schema(name = "PerformanceCohortCreated")
    public record CohortCreated(UUID id, long members) {
    }

    @Schema(name = "PerformanceQuarter")
    public record QuarterView(int quarter, LocalDate from, LocalDate to, boolean complete, long offences, long cumulative,
                              @Schema(description = "Offences the year's target allows by the quarter's end (or asOf, in the running quarter), pro rata by days")
                              long proRataTarget,
                              @Schema(description = "cumulative is at most proRataTarget") boolean onTrack) {
    }

    @Schema(name = "PerformanceCohortReport", description = "Proven offences (convicted or admitted) by offence date; reductionPercent to one decimal."
            + " While the follow-up year runs, onTrack compares the offences so far with the pro-rata target; targetMet and"
            + " stretchMet are given only once it has ended")
    public record CohortReport(UUID id, String name, IomCategory category, LocalDate fixedOn, LocalDate baselineFrom, LocalDate baselineTo,
                               LocalDate followUpFrom, LocalDate followUpTo, BigDecimal targetReductionPercent,
                               BigDecimal stretchReductionPercent,
                               LocalDate asOf, long members,
                               @Schema(description = "Members' average months on the scheme (or in their IOM cohort) on the fixed date, to one decimal",
                                       example = "12.4") BigDecimal averageMonthsOnScheme,
                               long baselineOffences, long followUpOffences,
                               BigDecimal reductionPercent, long targetOffences,
                               @Schema(description = "The target pro rata to asOf, by days of the follow-up window") long proRataTargetOffences,
                               @Schema(description = "The follow-up window has ended by asOf") boolean followUpEnded,
                               @Schema(description = "While the follow-up year runs: offences so far at most the pro-rata target; absent once it has ended")
                               Boolean onTrack,
                               @Schema(description = "Once the follow-up year has ended: offences at most the target; absent before")
                               Boolean targetMet,
                               Long stretchTargetOffences,
                               @Schema(description = "Once ended, with a stretch target: offences at most the stretch target") Boolean stretchMet,
                               List<QuarterView> quarters) {
    }

    private final PerformanceService service;

    PerformanceResource(PerformanceService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "createPerformanceCohort", summary = "Fix a measurement cohort: the members of an IOM cohort (PPO unless another is named) of the schemes on fixedOn",
            description = "Fixes an NI 30 measurement cohort: the members on fixedOn of an IOM cohort of schemes of the caller's, with"
                    + " baseline and follow-up windows and a target. Admins, coordinators and analysts.")
    @APIResponse(responseCode = "201", description = "Created with its member count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortCreated.class)))
    @APIResponse(responseCode = "400", description = "Invalid windows or dates, or a scheme that does not exist or is outside the caller's")
    public Response create(@Valid @NotNull CreateCohort request) {
        PerformanceService.Created created = service.create(request);
        return Response.created(URI.create("/api/v1/performance/cohorts/" + created.cohort().id()))
                .entity(new CohortCreated(created.cohort().id(), created.members())).build();
    }

    @GET
    @Path("/{id}")
    // and action-plan-service's client, for the NI 30 indicator's computed actuals (counts only)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST, Roles.INDICATOR_FEED})
    @Operation(operationId = "getPerformanceCohort", summary = "Baseline and follow-up proven offences, reduction, target, and the follow-up quarters so far",
            description = "An NI 30 cohort's re-offending measured on asOf: counts only, no names. Admins, coordinators and analysts of"
                    + " its schemes, and action-plan-service's client (indicator-feed); the read is audited.")
    @APIResponse(responseCode = "200", description = "The measurement")
    @APIResponse(responseCode = "404", description = "No such cohort, or it covers schemes outside the caller's")
    public CohortReport report(@PathParam("id") UUID id,
                               @Parameter(description = "The date to measure on (ISO); today if absent") @QueryParam("asOf") LocalDate asOf) {
        return service.report(id, asOf == null ? LocalDate.now() : asOf);
    }
}
