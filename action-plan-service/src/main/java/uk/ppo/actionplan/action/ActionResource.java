package uk.ppo.actionplan.action;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.api.IfMatch;
import uk.ppo.common.http.Versions;
import uk.ppo.common.security.Roles;

import java.util.UUID;

@Path("/api/v1/actions/{id}")
@Tag(name = "Actions", description = "Actions of partnership plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
@APIResponse(responseCode = "404", description = "No such action")
public class ActionResource {

    private final ActionService service;
    private final SecurityIdentity identity;

    ActionResource(ActionService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getAction",
            description = "One action of a plan, with its lead, cost, completion date and status; the ETag header is its "
                    + "version, to send back in If-Match with a change. Any role that reads plans may call it (coordinator, "
                    + "admin, analyst, partner-system, offender-manager); reads are not audited: plans hold no personal "
                    + "data.",
            summary = "One action; its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", description = "The action", content = @Content(schema = @Schema(implementation = ActionRecords.ActionView.class)))
    public Response get(@PathParam("id") UUID id) {
        return withEtag(service.get(id));
    }

    @PUT
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "reviseAction",
            description = "Rewords an action or changes its lead, cost or completion date; its code and priority stay. A closed "
                    + "plan is read-only (409). Send the action's ETag in If-Match. Coordinator or admin only; the change "
                    + "is kept in the audit log (who, when, what).",
            summary = "Reword an action, change its lead, cost or completion date (coordinator, admin)")
    @APIResponse(responseCode = "200", description = "The revised action", content = @Content(schema = @Schema(implementation = ActionRecords.ActionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "409", description = "Closed plan")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response revise(@PathParam("id") UUID id, @Valid @NotNull ActionRecords.ReviseAction request,
                           @BeanParam IfMatch ifMatch) {
        return withEtag(service.revise(id, request, ifMatch.expected(), identity.getPrincipal().getName()));
    }

    @POST
    @Path("/complete")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "completeAction",
            description = "Marks an open action complete on a day that is not in the future. Send the action's ETag in "
                    + "If-Match. Coordinator or admin only; the change is kept in the audit log (who, when, what).",
            summary = "Record that an action is complete (coordinator, admin)")
    @APIResponse(responseCode = "200", description = "The completed action", content = @Content(schema = @Schema(implementation = ActionRecords.ActionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid date, named in violations")
    @APIResponse(responseCode = "409", description = "Not open, closed plan")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response complete(@PathParam("id") UUID id, @Valid @NotNull ActionRecords.CompleteAction request,
                             @BeanParam IfMatch ifMatch) {
        return withEtag(service.complete(id, request.on(), ifMatch.expected(), identity.getPrincipal().getName()));
    }

    @POST
    @Path("/withdraw")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "withdrawAction",
            description = "Withdraws an open action with the reason and the day the partnership dropped it; the monitoring "
                    + "report lists it as withdrawn, never overdue or red. Send the action's ETag in If-Match. Coordinator "
                    + "or admin only; the change is kept in the audit log (who, when, what).",
            summary = "Withdraw an open action, with a reason and a date (coordinator, admin); "
                    + "a withdrawn action is listed as such in the monitoring report, never overdue or red")
    @APIResponse(responseCode = "200", description = "The withdrawn action", content = @Content(schema = @Schema(implementation = ActionRecords.ActionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid reason or date, named in violations")
    @APIResponse(responseCode = "409", description = "Not open, closed plan")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull ActionRecords.WithdrawAction request,
                             @BeanParam IfMatch ifMatch) {
        return withEtag(service.withdraw(id, request.reason(), request.on(), ifMatch.expected(),
                identity.getPrincipal().getName()));
    }

    private Response withEtag(Action action) {
        return Response.ok(ActionRecords.ActionView.of(action, service.priorityCodeOf(action)))
                .header(HttpHeaders.ETAG, Versions.etag(action.version())).build();
    }
}
