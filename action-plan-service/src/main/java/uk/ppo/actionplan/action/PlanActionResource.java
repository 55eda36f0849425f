package uk.ppo.actionplan.action;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.api.IfMatch;
import uk.ppo.actionplan.priority.PriorityRecords;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.security.Roles;

import java.util.UUID;

@Path("/api/v1/plans/{planId}/actions")
@Tag(name = "Actions", description = "Actions of partnership plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class PlanActionResource {

    private final ActionService service;
    private final SecurityIdentity identity;

    PlanActionResource(ActionService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listPlanActions",
            description = "The actions of a plan by code, optionally only those of one priority. Any role that reads plans may "
                    + "call it (coordinator, admin, analyst, partner-system, offender-manager); reads are not audited: "
                    + "plans hold no personal data.",
            summary = "The plan's actions by code, optionally of one priority")
    @APIResponse(responseCode = "200", description = "A page of actions")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "400", description = "page, size or priorityCode invalid")
    public Page<ActionRecords.ActionView> list(@PathParam("planId") UUID planId,
                                               @QueryParam("priorityCode") @Size(max = PriorityRecords.CODE_MAX) @Parameter(description = "Only this priority's actions", example = "AR") String priorityCode,
                                               @Valid @BeanParam PageRequest paging) {
        return service.ofPlan(planId, priorityCode, paging.page(), paging.size()).map(this::view);
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "addAction",
            description = "Adds an action under one of the plan's priorities, with its lead, cost and completion date; codes "
                    + "are unique in the plan (409). Send the plan's ETag in If-Match. Coordinator or admin only; the "
                    + "change is kept in the audit log (who, when, what).",
            summary = "Add an action under a priority (coordinator, admin); If-Match: the plan's ETag")
    @APIResponse(responseCode = "201", description = "Added; Location names it", content = @Content(schema = @Schema(implementation = ActionRecords.ActionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or unknown priority, named in violations")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Duplicate action code in the plan, closed plan")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response add(@PathParam("planId") UUID planId, @Valid @NotNull ActionRecords.CreateAction request,
                        @BeanParam IfMatch ifMatch) {
        Action action = service.add(planId, request, ifMatch.expected(), identity.getPrincipal().getName());
        return Response.created(UriBuilder.fromPath("/api/v1/actions/{id}").build(action.id()))
                .header(HttpHeaders.ETAG, Versions.etag(action.version()))
                .entity(ActionRecords.ActionView.of(action, request.priorityCode())).build();
    }

    private ActionRecords.ActionView view(Action action) {
        return ActionRecords.ActionView.of(action, service.priorityCodeOf(action));
    }
}
