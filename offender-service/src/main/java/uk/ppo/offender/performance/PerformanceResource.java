package uk.ppo.offender.performance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import uk.ppo.offender.performance.PerformanceRecords.CohortCreated;
import uk.ppo.offender.performance.PerformanceRecords.CohortReport;
import uk.ppo.offender.performance.PerformanceRecords.CreateCohort;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/performance/cohorts")
@Tag(name = "NI 30 performance", description = "Re-offending of PPO and other IOM cohorts fixed on a date: baseline against follow-up, by quarter")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class PerformanceResource {

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
