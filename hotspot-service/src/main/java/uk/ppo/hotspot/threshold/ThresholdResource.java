package uk.ppo.hotspot.threshold;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import uk.ppo.common.security.Roles;
import uk.ppo.hotspot.area.Area;
import uk.ppo.hotspot.threshold.ThresholdRecords.SetThresholds;
import uk.ppo.hotspot.threshold.ThresholdRecords.ThresholdList;
import uk.ppo.hotspot.threshold.ThresholdRecords.ThresholdView;


@Path("/api/v1/hotspots/thresholds")
@Tag(name = "Hotspot thresholds", description = "RAG thresholds per partnership, per 1,000 residents per year (default) or over the report window")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class ThresholdResource {

    private final ThresholdService service;
    private final SecurityIdentity identity;

    ThresholdResource(ThresholdService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listThresholds", summary = "The default RAG thresholds and each partnership's own",
            description = "Analysts, coordinators and admins.")
    @APIResponse(responseCode = "200", description = "Defaults and partnership thresholds")
    public ThresholdList list() {
        RagThresholds d = service.defaults();
        return new ThresholdList(new ThresholdView(null, d.redFrom(), d.amberFrom(), d.basis(), "configuration", null, 0),
                service.list().stream().map(ThresholdView::of).toList());
    }

    @PUT
    @Path("/{partnershipCode}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setThresholds", summary = "Set a partnership's RAG thresholds (admin)",
            description = "The partnership is a district or county area; its reports judge RAG on these from now on. Admin only.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThresholdView.class)))
    @APIResponse(responseCode = "201", description = "Set for the first time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThresholdView.class)))
    @APIResponse(responseCode = "400", description = "Invalid values or rate basis, a code longer than 12 characters, or the area is not a district or county; named in violations")
    @APIResponse(responseCode = "404", description = "No such area")
    public Response set(@PathParam("partnershipCode") @Size(max = Area.CODE_LENGTH) String partnershipCode, @Valid @NotNull SetThresholds request) {
        ThresholdService.Saved saved = service.set(partnershipCode, request.redFrom(), request.amberFrom(),
                request.rateBasis(), identity.getPrincipal().getName());
        return Response.status(saved.created() ? 201 : 200).entity(ThresholdView.of(saved.threshold())).build();
    }

    @DELETE
    @Path("/{partnershipCode}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "removeThresholds", summary = "Return a partnership to the default thresholds (admin)",
            description = "Admin only.")
    @APIResponse(responseCode = "400", description = "The code is longer than 12 characters")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The partnership has no thresholds of its own")
    public void remove(@PathParam("partnershipCode") @Size(max = Area.CODE_LENGTH) String partnershipCode) {
        service.remove(partnershipCode);
    }
}
