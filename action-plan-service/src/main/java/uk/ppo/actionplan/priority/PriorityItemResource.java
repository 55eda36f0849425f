package uk.ppo.actionplan.priority;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import uk.ppo.common.http.Versions;
import uk.ppo.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/priorities/{id}")
@Tag(name = "Priorities", description = "Priorities (themes) of a partnership plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
@APIResponse(responseCode = "404", description = "No such priority")
public class PriorityItemResource {

    private final PriorityService service;
    private final SecurityIdentity identity;

    PriorityItemResource(PriorityService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getPriority",
            description = "One priority with its achievements and plans; its version (also the ETag header) is what an edit "
                    + "sends back. Any role that reads plans may call it (coordinator, admin, analyst, partner-system, "
                    + "offender-manager); reads are not audited: plans hold no personal data.",
            summary = "One priority with its achievements and plans; version (also the ETag) is what an edit sends back")
    @APIResponse(responseCode = "200", description = "The priority", content = @Content(schema = @Schema(implementation = PriorityRecords.PriorityView.class)))
    public Response get(@PathParam("id") UUID id) {
        return withEtag(service.find(id));
    }

    @PUT
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "revisePriority",
            description = "Edits a priority's wording, achievements and plans (its code stays), sent with the version read: a "
                    + "stale version is a 409 naming it. The replaced version goes to the priority's history. Coordinator "
                    + "or admin only; the change is kept in the audit log (who, when, what).",
            summary = "Edit a priority's wording, achievements and plans, with the version read (coordinator, admin); the replaced version goes to its history")
    @APIResponse(responseCode = "200", description = "The edited priority", content = @Content(schema = @Schema(implementation = PriorityRecords.PriorityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "409", description = "Stale version (named in violations), closed plan")
    public Response revise(@PathParam("id") UUID id, @Valid @NotNull PriorityRecords.RevisePriority request) {
        return withEtag(service.revise(id, request, identity.getPrincipal().getName()));
    }

    @GET
    @Path("/history")
    @Operation(operationId = "priorityHistory",
            description = "The versions of a priority its edits replaced, newest first, each naming the fields the next edit "
                    + "changed; empty when never edited. Any role that reads plans may call it (coordinator, admin, "
                    + "analyst, partner-system, offender-manager); reads are not audited: plans hold no personal data.",
            summary = "The versions of a priority its edits replaced, newest first, each naming the fields the next edit changed")
    @APIResponse(responseCode = "200", description = "The replaced versions; empty when never edited")
    public List<PriorityRecords.PriorityVersionView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    private static Response withEtag(Priority priority) {
        return Response.ok(PriorityRecords.PriorityView.of(priority))
                .header(HttpHeaders.ETAG, Versions.etag(priority.version())).build();
    }
}
