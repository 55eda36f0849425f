package uk.ppo.offender.needs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;

import java.time.LocalDate;
import java.util.UUID;

/** A scheme's members counted by their needs on a date: settled accommodation and employment for the indicators. */
@Path("/api/v1/schemes/{schemeId}/needs-summary")
@Tag(name = "Needs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class SchemeNeedsResource {

    private final NeedsService service;

    SchemeNeedsResource(NeedsService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getNeedsSummary", summary = "Of the scheme's members on a date: settled accommodation, employment, no assessment, high needs per area",
            description = "Counts of a scheme's current members on a date by their latest needs assessments (counts only, no names)."
                    + " Admins, coordinators and analysts of the scheme; the read is audited.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public NeedsRecords.NeedsSummary summary(@PathParam("schemeId") UUID schemeId,
                                             @Parameter(description = "The date (ISO); defaults to today") @QueryParam("on") LocalDate on) {
        return service.summary(schemeId, on == null ? LocalDate.now() : on);
    }
}
