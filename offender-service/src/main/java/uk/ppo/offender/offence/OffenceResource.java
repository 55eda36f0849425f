package uk.ppo.offender.offence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;

import java.util.List;

@Path("/api/v1/offences")
@Tag(name = "Offences", description = "Offences pushed by partner systems, idempotent by the partner's own record id")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER_SYSTEM})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class OffenceResource {

    public static final int BULK_LIMIT = 1000;

    private final OffenceService service;

    OffenceResource(OffenceService service) {
        this.service = service;
    }

    @POST
    @Path("/bulk")
    @Operation(operationId = "pushOffencesBulk", summary = "Record up to 1,000 offences naming people by PNC id; per-record results",
            description = "Records or updates (by sourceSystem + sourceId) up to 1,000 offences, each naming its person by PNC id; valid"
                    + " records are stored together and invalid ones (unknown PNC id, outside the caller's schemes) rejected with reasons."
                    + " Admins, coordinators and partner systems; each offence recorded is audited.")
    @APIResponse(responseCode = "200", description = "Per-record results: valid records are stored together, invalid ones rejected with reasons")
    @APIResponse(responseCode = "400", description = "Not a list of offences, or more than 1,000")
    public OffenceRecords.BulkResult bulk(@NotNull @Size(min = 1, max = BULK_LIMIT) List<OffenceRecords.BulkOffence> offences) {
        if (offences.stream().anyMatch(java.util.Objects::isNull)) {
            throw ProblemException.invalid("body", "must not contain null records");
        }
        return service.bulk(offences);
    }
}
