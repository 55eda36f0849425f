package uk.ppo.offender.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;

/** "Is this person a PPO?" — the officers' hot path from mobile apps and custody systems. */
@Path("/api/v1/status")
@Tag(name = "Status", description = "PPO status lookup by PNC id, for officers and partner systems")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
public class StatusResource {

    private final StatusLookup statusLookup;

    StatusResource(StatusLookup statusLookup) {
        this.statusLookup = statusLookup;
    }

    @GET
    @Operation(operationId = "lookupStatus", summary = "PPO status of a person by PNC id: strand, status, scheme, lead officer, flags, next review")
    @APIResponse(responseCode = "200", description = "The status; for someone not on a scheme, unknown, or outside the caller's schemes only {pncId, ppo: false}")
    @APIResponse(responseCode = "400", description = "pnc missing or not a PNC id")
    public PersonRecords.StatusView lookup(
            @Parameter(description = "PNC id", example = "2004/0012345D") @QueryParam("pnc") String pnc) {
        if (pnc == null || pnc.isBlank()) {
            throw ProblemException.invalid("pnc", "is required");
        }
        return statusLookup.lookup(pnc);
    }
}
