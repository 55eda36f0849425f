package uk.ppo.actionplan.priority;

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

@Path("/api/v1/plans/{planId}/priorities")
@Tag(name = "Priorities", description = "Priorities (themes) of a partnership plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class PriorityResource {

    private final PriorityService service;
    private final SecurityIdentity identity;

    PriorityResource(PriorityService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listPriorities",
            description = "The priorities (themes) of a plan, by code. Any role that reads plans may call it (coordinator, "
                    + "admin, analyst, partner-system, offender-manager); reads are not audited: plans hold no personal "
                    + "data.",
            summary = "The plan's priorities, by code")
    @APIResponse(responseCode = "200", description = "The priorities")
    @APIResponse(responseCode = "404", description = "No such plan")
    public List<PriorityRecords.PriorityView> list(@PathParam("planId") UUID planId) {
        return service.ofPlan(planId).stream().map(PriorityRecords.PriorityView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "addPriority",
            description = "Adds a priority (theme) to a plan; its code prefixes its actions' codes and is unique in the plan "
                    + "(409). Send the plan's ETag in If-Match. Coordinator or admin only; the change is kept in the audit "
                    + "log (who, when, what).",
            summary = "Add a priority to a plan (coordinator, admin); If-Match: the plan's ETag")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = PriorityRecords.PriorityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Duplicate code, closed plan")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response add(@PathParam("planId") UUID planId, @Valid @NotNull PriorityRecords.CreatePriority request,
                        @BeanParam IfMatch ifMatch) {
        Priority priority = service.add(planId, request, ifMatch.expected(), identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(PriorityRecords.PriorityView.of(priority)).build();
    }
}
