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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.api.IfMatch;
import uk.ppo.common.http.Versions;
import uk.ppo.common.security.Roles;

import java.util.UUID;

@Path("/api/v1/milestones/{id}")
@Tag(name = "Milestones", description = "Milestones of actions, each with its own due specification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
@APIResponse(responseCode = "404", description = "No such milestone")
public class MilestoneResource {

    private final MilestoneService service;
    private final SecurityIdentity identity;

    MilestoneResource(MilestoneService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getMilestone",
            description = "One milestone with its due specification, resolved due dates and who marked each done; the ETag "
                    + "header is its version. Any role that reads plans may call it (coordinator, admin, analyst, "
                    + "partner-system, offender-manager); reads are not audited: plans hold no personal data.",
            summary = "One milestone; its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", description = "The milestone", content = @Content(schema = @Schema(implementation = MilestoneRecords.MilestoneView.class)))
    public Response get(@PathParam("id") UUID id) {
        return withEtag(service.get(id));
    }

    @POST
    @Path("/done")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "markMilestoneDone",
            description = "Marks a milestone done on a day that is not in the future; for a recurring milestone, its next open "
                    + "occurrence. Send the milestone's ETag in If-Match. Coordinator or admin only; the change is kept in "
                    + "the audit log (who, when, what).",
            summary = "Mark the milestone, or its next open occurrence, done on a day (coordinator, admin)")
    @APIResponse(responseCode = "200", description = "The milestone", content = @Content(schema = @Schema(implementation = MilestoneRecords.MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or future date, named in violations")
    @APIResponse(responseCode = "409", description = "Already done, closed plan")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response done(@PathParam("id") UUID id, @Valid @NotNull MilestoneRecords.MarkDone request,
                         @BeanParam IfMatch ifMatch) {
        return withEtag(service.markDone(id, request.on(), ifMatch.expected(), identity.getPrincipal().getName()));
    }

    private static Response withEtag(Milestone milestone) {
        return Response.ok(MilestoneRecords.MilestoneView.of(milestone))
                .header(HttpHeaders.ETAG, Versions.etag(milestone.version())).build();
    }
}
