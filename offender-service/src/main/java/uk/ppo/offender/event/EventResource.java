package uk.ppo.offender.event;

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
import uk.ppo.offender.event.EventRecords.EventView;
import uk.ppo.offender.event.EventRecords.PushEvent;
import uk.ppo.offender.event.EventRecords.Pushed;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/offenders/{id}/events")
@Tag(name = "Partner events", description = "Arrests, charges, court results, custody, licences, breaches and intelligence, idempotent by the partner's id")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER_SYSTEM})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class EventResource {

    private final EventService service;

    EventResource(EventService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "pushEvent", summary = "Record an event; the same sourceSystem + sourceId again updates it",
            description = "Records an arrest, charge, court result, custody, licence, breach or intelligence event of a person of the"
                    + " caller's schemes under the token's client and agency; the same sourceId again updates it (idempotent). Custody"
                    + " events may propose a panel decision. Admins, coordinators and partner systems; audited.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pushed.class)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pushed.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a time in the future or a missing custodyMonths")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "The source id is already used for another person, or a TRANSFER of a person not in custody")
    public Response push(@PathParam("id") UUID personId, @Valid @NotNull PushEvent event) {
        Pushed pushed = service.push(personId, event);
        return pushed.created()
                ? Response.created(URI.create("/api/v1/offenders/" + personId + "/events/" + pushed.id())).entity(pushed).build()
                : Response.ok(pushed).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "listEvents", summary = "A person's events, by time; optionally of one type (e.g. INTELLIGENCE)",
            description = "The partner events of a person of the caller's schemes, by time, optionally of one type. Admins, coordinators,"
                    + " offender managers and partner systems; the read is audited.")
    @APIResponse(responseCode = "200", description = "The events, by time")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public List<EventView> list(@PathParam("id") UUID personId, @QueryParam("type") EventType type) {
        return service.ofPerson(personId, type);
    }
}
