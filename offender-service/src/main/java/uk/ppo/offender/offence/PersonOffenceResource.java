package uk.ppo.offender.offence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.offence.PersonOffenceRecords.Created;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/offenders/{id}/offences")
@Tag(name = "Offences", description = "Offences pushed by partner systems, idempotent by the partner's own record id")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER_SYSTEM})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class PersonOffenceResource {

    private final OffenceService service;

    PersonOffenceResource(OffenceService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "pushOffence", summary = "Record an offence; the same sourceSystem + sourceId again updates it",
            description = "Records an offence of a person of the caller's schemes under the token's client and agency; pushing the same"
                    + " sourceId again updates it (idempotent). Admins, coordinators and partner systems; audited.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "200", description = "Updated (already recorded under this source id)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. an offence date in the future")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "The source id is already used for another person")
    public Response push(@PathParam("id") UUID personId, @Valid @NotNull OffenceRecords.PushOffence offence) {
        OffenceService.Stored stored = service.push(personId, offence);
        return stored.created()
                ? Response.created(URI.create("/api/v1/offenders/" + personId + "/offences/" + stored.id()))
                        .entity(new Created(stored.id(), OffenceRecords.Result.CREATED)).build()
                : Response.ok(new Created(stored.id(), OffenceRecords.Result.UPDATED)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "listOffences", summary = "A person's offences by offence date, optionally within [from, to]",
            description = "The offences of a person of the caller's schemes by offence date, optionally within [from, to]. Admins,"
                    + " coordinators, offender managers and partner systems; the read is audited.")
    @APIResponse(responseCode = "200", description = "The offences by offence date")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public List<OffenceRecords.OffenceView> list(@PathParam("id") UUID personId, @QueryParam("from") LocalDate from,
                                                 @QueryParam("to") LocalDate to) {
        return service.ofPerson(personId, from, to).stream().map(OffenceRecords.OffenceView::of).toList();
    }
}
