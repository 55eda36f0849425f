package uk.ppo.scoring.ogrs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.scoring.ogrs.Ogrs3Records.Ogrs3Response;

import java.time.LocalDate;
import java.time.ZoneOffset;

@Path("/api/v1/scoring/ogrs3")
@Tag(name = "OGRS3", description = "Offender Group Reconviction Scale v3: likelihood of proven reoffending")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM, Roles.ANALYST})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class Ogrs3Resource {

    @POST
    @Operation(operationId = "computeOgrs3", summary = "1-year and 2-year OGRS3 percentages and band; nothing is stored",
            description = "Computes OGRS3 from sex, dates, sanctions and offence group; no person is named. Any scoring role and partner systems.")
    @APIResponse(responseCode = "200", description = "The score")
    @APIResponse(responseCode = "400", description = "Missing or impossible inputs (first sanction after the current one, age under 10), named in violations")
    public Ogrs3Response compute(@Valid @NotNull Ogrs3Request request) {
        return Ogrs3Response.of(Ogrs3.score(request.toInput("", LocalDate.now(ZoneOffset.UTC))));
    }
}
