package uk.ppo.hotspot.incident;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;

/** Single incidents pushed by partner systems, keyed by the partner's own record id (safe retries). */
@Path("/api/v1/incidents/partner")
@Tag(name = "Incidents", description = "Police recorded crime and ASB incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_SYSTEM, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class IncidentResource {

    private final IncidentService service;
    private final SecurityIdentity identity;

    IncidentResource(IncidentService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @PUT
    @Path("/{reference}")
    @Operation(operationId = "pushIncident",
            summary = "Create or update one incident under the partner's own reference (partner-system, admin)",
            description = "Idempotent: pushing the same reference again updates the incident (or leaves it unchanged). Partner systems and admins;"
                    + " an incident holds no personal data.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentRecords.IncidentView.class)))
    @APIResponse(responseCode = "200", description = "Updated, or unchanged on a retry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentRecords.IncidentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    public Response push(@PathParam("reference") @Size(max = IncidentRecords.REFERENCE_LENGTH) String reference, @Valid @NotNull IncidentRecords.PushIncident request) {
        if (!reference.equals(request.reference())) {
            throw ProblemException.invalid("reference", "must equal the reference in the path");
        }
        IncidentService.Pushed pushed = service.push(partner(), request);
        return Response.status(pushed.created() ? 201 : 200)
                .entity(IncidentRecords.IncidentView.of(reference, pushed.incident())).build();
    }

    @GET
    @Path("/{reference}")
    @Operation(operationId = "getPartnerIncident", summary = "One incident this partner pushed, by its reference",
            description = "A partner reads only the incidents it pushed itself. Partner systems and admins.")
    @APIResponse(responseCode = "400", description = "The reference is longer than 60 characters")
    @APIResponse(responseCode = "200", description = "The incident")
    @APIResponse(responseCode = "404", description = "This partner pushed no incident with this reference")
    public IncidentRecords.IncidentView get(@PathParam("reference") @Size(max = IncidentRecords.REFERENCE_LENGTH) String reference) {
        return IncidentRecords.IncidentView.of(reference, service.get(partner(), reference));
    }

    private String partner() {
        return identity.getPrincipal().getName();
    }
}
