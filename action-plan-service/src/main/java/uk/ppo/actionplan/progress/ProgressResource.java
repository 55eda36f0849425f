package uk.ppo.actionplan.progress;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.api.IfMatch;
import uk.ppo.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/actions/{actionId}/progress")
@Tag(name = "Progress", description = "Quarterly progress of actions, with RAG status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
@APIResponse(responseCode = "404", description = "No such action")
public class ProgressResource {

    private final ProgressService service;
    private final SecurityIdentity identity;

    ProgressResource(ProgressService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listProgress",
            description = "Every quarterly progress update of an action, oldest first, with who recorded it and when. Any role "
                    + "that reads plans may call it (coordinator, admin, analyst, partner-system, offender-manager); reads "
                    + "are not audited: plans hold no personal data.",
            summary = "Every progress update of the action, oldest first")
    @APIResponse(responseCode = "200", description = "The updates")
    public List<ProgressRecords.ProgressView> list(@PathParam("actionId") UUID actionId) {
        return service.ofAction(actionId).stream().map(ProgressRecords.ProgressView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "recordProgress",
            description = "Records an action's progress for one quarter of its plan's financial year, with a RAG status and a "
                    + "note; the monitoring report takes the latest update. Send the action's ETag in If-Match. Coordinator "
                    + "or admin only; the change is kept in the audit log (who, when, what).",
            summary = "Record a quarter's progress and RAG (coordinator, admin); If-Match: the action's ETag")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ProgressRecords.ProgressView.class)))
    @APIResponse(responseCode = "400", description = "Invalid quarter or RAG, named in violations")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response record(@PathParam("actionId") UUID actionId, @Valid @NotNull ProgressRecords.RecordProgress request,
                           @BeanParam IfMatch ifMatch) {
        ProgressUpdate update = service.record(actionId, request, ifMatch.expected(), identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(ProgressRecords.ProgressView.of(update)).build();
    }
}
