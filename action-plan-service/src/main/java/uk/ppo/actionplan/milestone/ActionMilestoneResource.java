package uk.ppo.actionplan.milestone;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.api.IfMatch;
import uk.ppo.common.http.Versions;
import uk.ppo.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/actions/{actionId}/milestones")
@Tag(name = "Milestones", description = "Milestones of actions, each with its own due specification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
@APIResponse(responseCode = "404", description = "No such action")
public class ActionMilestoneResource {

    private final MilestoneService service;
    private final SecurityIdentity identity;

    ActionMilestoneResource(MilestoneService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMilestones",
            description = "The milestones of one action, each with its due specification as the plan states it and the concrete "
                    + "due dates it resolves to in the plan's year, and whether each is done. Any role that reads plans may "
                    + "call it (coordinator, admin, analyst, partner-system, offender-manager); reads are not audited: "
                    + "plans hold no personal data.",
            summary = "The action's milestones with their resolved due dates")
    @APIResponse(responseCode = "200", description = "The milestones")
    public List<MilestoneRecords.MilestoneView> list(@PathParam("actionId") UUID actionId) {
        return service.ofAction(actionId).stream().map(MilestoneRecords.MilestoneView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "addMilestone",
            description = "Adds a milestone to an action: due on a date, in a month, in a quarter, in a quarter of the plan's "
                    + "years, recurring, or TBC; its due dates are worked out from the plan's financial year. Send the "
                    + "action's ETag in If-Match to refuse the change if the action changed since it was read. Coordinator "
                    + "or admin only; the change is kept in the audit log (who, when, what).",
            summary = "Add a milestone due on a date, in a month, in a quarter or recurring (coordinator, admin); If-Match: the action's ETag")
    @APIResponse(responseCode = "201", description = "Added with its due dates; Location names it", content = @Content(schema = @Schema(implementation = MilestoneRecords.MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "Invalid due specification (e.g. quarter Q5, due before the plan year starts), named in violations")
    @APIResponse(responseCode = "409", description = "Closed plan")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response add(@PathParam("actionId") UUID actionId, @Valid @NotNull MilestoneRecords.CreateMilestone request,
                        @BeanParam IfMatch ifMatch) {
        Milestone milestone = service.add(actionId, request, ifMatch.expected(), identity.getPrincipal().getName());
        return Response.created(UriBuilder.fromPath("/api/v1/milestones/{id}").build(milestone.id()))
                .header(HttpHeaders.ETAG, Versions.etag(milestone.version()))
                .entity(MilestoneRecords.MilestoneView.of(milestone)).build();
    }
}
