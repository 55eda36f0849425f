package uk.ppo.offender.nomination;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import uk.ppo.common.security.Roles;
import uk.ppo.offender.nomination.NominationRecords.CreateNomination;
import uk.ppo.offender.nomination.NominationRecords.NominationView;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/offenders/{id}/nominations")
@Tag(name = "Nominations", description = "Nominations by any agency, pending until a panel decides")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class NominationResource {

    private final NominationService nominations;

    NominationResource(NominationService nominations) {
        this.nominations = nominations;
    }

    @POST
    @Operation(operationId = "nominate", summary = "Nominate a person for a strand; pending until a panel decides",
            description = "Any agency nominates a person of the caller's schemes for a strand; the nomination stays pending until a panel"
                    + " decides. Admins, coordinators, offender managers and partner systems; audited.")
    @APIResponse(responseCode = "201", description = "Pending nomination",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "Already pending for that strand, or already on it")
    public Response nominate(@PathParam("id") UUID personId, @Valid @NotNull CreateNomination request) {
        Nomination n = nominations.create(personId, request);
        return Response.created(URI.create("/api/v1/offenders/" + personId + "/nominations/" + n.id()))
                .entity(NominationView.of(n)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER})
    @Operation(operationId = "listNominations", summary = "A person's nominations, oldest first",
            description = "Every nomination of a person of the caller's schemes, pending or accepted, oldest first. Admins, coordinators"
                    + " and offender managers; the read is audited.")
    @APIResponse(responseCode = "200", description = "The nominations, oldest first")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public List<NominationView> list(@PathParam("id") UUID personId) {
        return nominations.ofPerson(personId).stream().map(NominationView::of).toList();
    }
}
