package uk.ppo.actionplan.deliveryplan;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/delivery-plans/{id}")
@Tag(name = "Delivery plans", description = "Indicator delivery plans (e.g. NI 30): baseline, targets, partners, risks, activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
@APIResponse(responseCode = "404", description = "No such delivery plan, activity or sub-target")
public class DeliveryProgressResource {

    private static final String RECORD = "Record progress as of a day, with evidence (coordinator, admin); ACHIEVED needs evidence";

    private final DeliveryProgressService service;
    private final SecurityIdentity identity;

    DeliveryProgressResource(DeliveryProgressService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/activities/{number}/progress")
    @Operation(operationId = "listActivityProgress",
            description = "Every progress entry of one activity of a delivery plan, oldest first. Any role that reads plans may "
                    + "call it (coordinator, admin, analyst, partner-system, offender-manager); reads are not audited: "
                    + "plans hold no personal data.",
            summary = "Every progress entry of an activity, oldest first")
    @APIResponse(responseCode = "200", description = "The entries")
    @APIResponse(responseCode = "400", description = "number longer than 4 characters")
    public List<DeliveryProgressRecords.ProgressView> activityHistory(
            @PathParam("id") UUID id, @PathParam("number") @Size(max = 4) @Parameter(description = "The activity's number, 1 to " + ItemNumbering.MAX, example = "1") String number) {
        return service.history(id, DeliveryItemKind.ACTIVITY, number);
    }

    @POST
    @Path("/activities/{number}/progress")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "recordActivityProgress",
            description = "Records the progress of one activity of a delivery plan as of a day that is not in the future, with "
                    + "a note and evidence; ACHIEVED needs evidence. Coordinator or admin only; the change is kept in the "
                    + "audit log (who, when, what).",
            summary = RECORD)
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DeliveryProgressRecords.ProgressView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (asOf in the future, ACHIEVED without evidence), named in violations")
    public Response recordActivity(@PathParam("id") UUID id,
                                   @PathParam("number") @Size(max = 4) @Parameter(description = "The activity's number, 1 to " + ItemNumbering.MAX, example = "1") String number,
                                   @Valid @NotNull DeliveryProgressRecords.RecordProgress request) {
        return created(service.record(id, DeliveryItemKind.ACTIVITY, number, request, identity.getPrincipal().getName()));
    }

    @GET
    @Path("/sub-targets/{number}/progress")
    @Operation(operationId = "listSubTargetProgress",
            description = "Every progress entry of one sub-target of a delivery plan, oldest first. Any role that reads plans "
                    + "may call it (coordinator, admin, analyst, partner-system, offender-manager); reads are not audited: "
                    + "plans hold no personal data.",
            summary = "Every progress entry of a sub-target, oldest first")
    @APIResponse(responseCode = "200", description = "The entries")
    @APIResponse(responseCode = "400", description = "number longer than 4 characters")
    public List<DeliveryProgressRecords.ProgressView> subTargetHistory(
            @PathParam("id") UUID id, @PathParam("number") @Size(max = 4) @Parameter(description = "The sub-target's number, 1 to " + ItemNumbering.MAX, example = "2") String number) {
        return service.history(id, DeliveryItemKind.SUB_TARGET, number);
    }

    @POST
    @Path("/sub-targets/{number}/progress")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "recordSubTargetProgress",
            description = "Records the progress of one sub-target of a delivery plan as of a day that is not in the future, "
                    + "with a note and evidence; ACHIEVED needs evidence. Coordinator or admin only; the change is kept in "
                    + "the audit log (who, when, what).",
            summary = RECORD)
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DeliveryProgressRecords.ProgressView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (asOf in the future, ACHIEVED without evidence), named in violations")
    public Response recordSubTarget(@PathParam("id") UUID id,
                                    @PathParam("number") @Size(max = 4) @Parameter(description = "The sub-target's number, 1 to " + ItemNumbering.MAX, example = "2") String number,
                                    @Valid @NotNull DeliveryProgressRecords.RecordProgress request) {
        return created(service.record(id, DeliveryItemKind.SUB_TARGET, number, request, identity.getPrincipal().getName()));
    }

    private static Response created(DeliveryProgressRecords.ProgressView entry) {
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }
}
