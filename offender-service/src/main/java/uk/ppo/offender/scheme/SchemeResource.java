package uk.ppo.offender.scheme;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.security.Roles;

import java.util.UUID;

@Path("/api/v1/schemes")
@Tag(name = "Schemes", description = "Local PPO schemes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.AUDITOR})
public class SchemeResource {

    private final SchemeService service;
    private final SecurityIdentity identity;

    SchemeResource(SchemeService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listSchemes", summary = "List schemes, by code")
    @APIResponse(responseCode = "200", description = "A page of schemes")
    public Page<SchemeRecords.SchemeView> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging.page(), paging.size()).map(SchemeRecords.SchemeView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getScheme", summary = "One scheme")
    @APIResponse(responseCode = "200", description = "The scheme")
    @APIResponse(responseCode = "404", description = "No such scheme")
    public SchemeRecords.SchemeView get(@PathParam("id") UUID id) {
        return SchemeRecords.SchemeView.of(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateScheme", summary = "Rename a scheme or change its district or county (admin); the code cannot change")
    @APIResponse(responseCode = "200", description = "The scheme as it now is; ETag is its new version")
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such scheme")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(@PathParam("id") UUID id, @Valid @NotNull SchemeRecords.UpdateScheme request,
                           @Parameter(description = "The ETag the caller read") @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        Scheme scheme = service.update(id, Versions.expected(ifMatch), request);
        return Response.ok(SchemeRecords.SchemeView.of(scheme)).tag(Long.toString(scheme.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createScheme", summary = "Create a scheme (admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "409", description = "A scheme with this code exists")
    public Response create(@Valid @NotNull SchemeRecords.CreateScheme request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Scheme scheme = service.create(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(scheme.id().toString()).build())
                .entity(SchemeRecords.SchemeView.of(scheme)).build();
    }
}
