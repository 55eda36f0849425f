package uk.ppo.scoring.matrix;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.security.Roles;

import java.util.UUID;

@Path("/api/v1/scoring/matrices")
@Tag(name = "Scoring matrices", description = "Versions of the matrix that ranks offenders for nomination")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
public class MatrixResource {

    private final MatrixService service;
    private final SecurityIdentity identity;

    MatrixResource(MatrixService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMatrixVersions", summary = "List scoring matrix versions, by version number")
    @APIResponse(responseCode = "200", description = "A page of matrix versions")
    public Page<MatrixRecords.MatrixVersionView> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging.page(), paging.size()).map(MatrixRecords.MatrixVersionView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMatrixVersion", summary = "One scoring matrix version")
    @APIResponse(responseCode = "200", description = "The matrix version")
    @APIResponse(responseCode = "404", description = "No such matrix version")
    public MatrixRecords.MatrixVersionView get(@PathParam("id") UUID id) {
        return MatrixRecords.MatrixVersionView.of(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createMatrixVersion", summary = "Draft the next matrix version (admin)")
    @APIResponse(responseCode = "201", description = "Created as a DRAFT with the next version number; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    public Response create(@Valid @NotNull MatrixRecords.CreateMatrixVersion request, @Context UriInfo uri) {
        MatrixVersion draft = service.createDraft(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(draft.id().toString()).build())
                .entity(MatrixRecords.MatrixVersionView.of(draft)).build();
    }
}
