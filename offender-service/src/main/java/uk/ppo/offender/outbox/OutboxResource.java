package uk.ppo.offender.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.outbox.OutboxRecords.OutboxEventPage;


/**
 * Events for partners, as written to the outbox, for partner systems to read before webhook delivery exists.
 * Admins and partner systems read them for their schemes; auditors too, to see what partners are sent.
 */
@Path("/api/v1/outbox/events")
@Tag(name = "Events for partners", description = "Panel decisions and custody events, CloudEvents 1.0, in the order written")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PARTNER_SYSTEM, Roles.AUDITOR})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class OutboxResource {

    public static final int MAX_LIMIT = 500;

    private final OutboxService service;

    OutboxResource(OutboxService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listOutboxEvents", summary = "Events for partners after a sequence number, of people of the caller's schemes",
            description = "Up to limit CloudEvents after a sequence number, of people of the caller's schemes, in the order written;"
                    + " pass the answer's next as after to read on. Admins, partner systems and auditors; each person's events read are audited.")
    @APIResponse(responseCode = "200", description = "Up to 'limit' events after 'after'; restricted people's only for auditors")
    @APIResponse(responseCode = "400", description = "A bad 'after' or 'limit'")
    public OutboxEventPage list(
            @QueryParam("after") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more")
            @Max(value = Long.MAX_VALUE, message = "must be a sequence number")
            @Parameter(description = "The last sequence number read (0: from the start)") long after,
            @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "must be at least 1")
            @Max(value = MAX_LIMIT, message = "must be at most " + MAX_LIMIT)
            @Parameter(description = "At most this many events, 1 to " + MAX_LIMIT) int limit) {
        return service.after(after, limit);
    }
}
