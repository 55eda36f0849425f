package uk.ppo.actionplan.agreement;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.plan.PlanRecords;
import uk.ppo.common.http.Versions;
import uk.ppo.common.security.Roles;

@Path("/api/v1/plans/import")
@Tag(name = "Plans", description = "Partnership plans for a financial year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class AgreementImportResource {

    private final AgreementImportService service;
    private final SecurityIdentity identity;

    AgreementImportResource(AgreementImportService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Operation(operationId = "importPlan",
            description = "Creates a DRAFT plan from one document with all its priorities, actions and milestones, all or "
                    + "nothing: an invalid field anywhere is a 400 naming its path in the document and nothing is stored. "
                    + "Coordinator or admin only; the change is kept in the audit log (who, when, what).",
            summary = "Create a DRAFT plan from one document with its priorities, actions and milestones, all or nothing (coordinator, admin)")
    @APIResponse(responseCode = "201", description = "Imported; Location names the plan", content = @Content(schema = @Schema(implementation = AgreementRecords.Imported.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named by their path in the document (e.g. priorities[0].actions[2].milestones[0].due.quarter)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "409", description = "Duplicate plan, priority or action code")
    public Response importAgreement(@Valid @NotNull AgreementRecords.ImportAgreement document) {
        AgreementImportService.Result result = service.importAgreement(document, identity.getPrincipal().getName());
        return Response.created(UriBuilder.fromPath("/api/v1/plans/{id}").build(result.plan().id()))
                .header(HttpHeaders.ETAG, Versions.etag(result.plan().version()))
                .entity(new AgreementRecords.Imported(PlanRecords.PlanView.of(result.plan()), result.priorities(), result.actions(),
                        result.milestones())).build();
    }
}
