package uk.ppo.offender.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import uk.ppo.offender.decision.Agency;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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

    @Schema(name = "PushEvent", description = "CUSTODY_SENTENCE needs custodyMonths and expectedReleaseOn; RECALL needs expectedReleaseOn;"
            + " TRANSFER (prison to prison, while in custody) needs prison; INTELLIGENCE needs grading. It is recorded"
            + " under the token's client (sourceSystem) and agency (sourceAgency): a body naming another is refused (409)")
    public record PushEvent(
            @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]{1,60}", message = "must be 1 to 60 letters, digits, '.', '_' or '-'")
            @Schema(description = "Optional; if given, must be the token's client id") String sourceSystem,
            @NotNull @Size(max = 120) @Pattern(regexp = "[A-Za-z0-9._:/-]{1,120}", message = "must be 1 to 120 letters, digits or . _ : / -") String sourceId,
            @NotNull EventType type,
            @NotNull @Schema(description = "When it happened (UTC)", example = "2026-11-01T09:30:00Z") Instant occurredAt,
            @Schema(description = "When the partner recorded it (UTC); defaults to now. For BAIL_DECISION when the PPO team"
                    + " was told, for FTA_WARRANT when the police were notified (the service standards measure from occurredAt)",
                    example = "2026-11-03T16:00:00Z") Instant recordedAt,
            @Schema(description = "Optional; if given, must be the token's agency") Agency sourceAgency,
            @Size(max = 2000) String detail,
            @Min(1) @Max(1200) @Schema(description = "Length of a custodial sentence in months") Integer custodyMonths,
            @Schema(description = "CUSTODY_SENTENCE (required: not before the sentence date, at most custodyMonths after it),"
                    + " RECALL (required) and TRANSFER (if it changes): when the person is expected to be released", example = "2029-03-14")
            LocalDate expectedReleaseOn,
            @Size(min = 1, max = 120) @Pattern(regexp = "[\\p{L}0-9 .,'()&/-]+", message = "must be a prison's name, e.g. HMP Lewes")
            @Schema(description = "CUSTODY_SENTENCE and RECALL (optional), TRANSFER (required): the prison holding the person", example = "HMP Lewes")
            String prison,
            @Size(max = 4) @Pattern(regexp = "[A-Z0-9]{1,4}", message = "must be an intelligence grading such as B2 or 1A") String grading) {
    }

    @Schema(name = "PartnerEvent")
    public record EventView(UUID id, UUID personId, String sourceSystem, String sourceId, EventType type,
                            Instant occurredAt, Instant recordedAt, Agency sourceAgency, String detail,
                            Integer custodyMonths, LocalDate expectedReleaseOn, String prison, String grading,
                            @Schema(description = "What the event proposed to the panel when it was recorded") CustodyRule.Proposal proposal) {
    }

    @Schema(name = "PushEventResult", description = "proposal: what a custodial sentence (by the person's strand) or an amber PPO's"
            + " release proposes to the panel (it decides)")
    public record Pushed(UUID id, boolean created, CustodyRule.Proposal proposal) {
    }

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
