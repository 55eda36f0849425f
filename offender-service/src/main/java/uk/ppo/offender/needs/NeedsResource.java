package uk.ppo.offender.needs;

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

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person's needs assessments over time, by any partner agency, and their current needs per area. */
@Path("/api/v1/offenders/{id}/needs")
@Tag(name = "Needs", description = "Needs and lifestyle assessments (accommodation, employment, education and training, drugs,"
        + " alcohol, relationships, attitudes, finance) over time, by agency; a person's current needs; a scheme's summary")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class NeedsResource {

    private final NeedsService service;

    NeedsResource(NeedsService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "recordNeedsAssessment", summary = "Record an assessment of one area of the person's needs, as the caller's agency",
            description = "Records one agency's assessment of one area of the needs of a person of the caller's schemes, as the token's"
                    + " agency. Admins, coordinators and partner systems; audited.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedsRecords.NeedsAssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields for the area, or a date in the future or before the person's 10th birthday")
    @APIResponse(responseCode = "403", description = "The role may not record assessments, or the token names no partner agency")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public Response record(@PathParam("id") UUID personId, @Valid @NotNull NeedsRecords.RecordNeedsAssessment request) {
        NeedsAssessment a = service.record(personId, request);
        return Response.created(URI.create("/api/v1/offenders/" + personId + "/needs/" + a.id()))
                .entity(NeedsRecords.NeedsAssessmentView.of(a)).build();
    }

    @GET
    @Operation(operationId = "listNeedsAssessments", summary = "The person's needs assessments, oldest first; optionally of one area",
            description = "The needs assessments of a person of the caller's schemes, oldest first, optionally of one area. Admins,"
                    + " coordinators, offender managers and partner systems; the read is audited.")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public List<NeedsRecords.NeedsAssessmentView> history(@PathParam("id") UUID personId, @QueryParam("area") NeedArea area) {
        return service.history(personId, area).stream().map(NeedsRecords.NeedsAssessmentView::of).toList();
    }

    @GET
    @Path("/current")
    @Operation(operationId = "getCurrentNeeds", summary = "Each area's latest assessment on a date (today by default), and the areas not assessed",
            description = "A person's current needs: each area's latest assessment on or before the date, and the areas never assessed."
                    + " Admins, coordinators, offender managers and partner systems; the read is audited.")
    @APIResponse(responseCode = "200", description = "The current needs")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public NeedsRecords.CurrentNeeds current(@PathParam("id") UUID personId,
                                             @Parameter(description = "The date (ISO); defaults to today") @QueryParam("on") LocalDate on) {
        return service.current(personId, on == null ? LocalDate.now() : on);
    }
}
