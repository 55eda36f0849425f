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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.IfMatch;

import java.util.UUID;

@Path("/api/v1/schemes")
@Tag(name = "Schemes", description = "Local PPO schemes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.AUDITOR})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class SchemeResource {

    private final SchemeService service;
    private final SecurityIdentity identity;

    SchemeResource(SchemeService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listSchemes", summary = "List schemes, by code",
            description = "A page of every PPO scheme, by code (schemes hold no personal data). Any role but officers.")
    @APIResponse(responseCode = "200", description = "A page of schemes")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<SchemeRecords.SchemeView> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging.page(), paging.size()).map(SchemeRecords.SchemeView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getScheme", summary = "One scheme",
            description = "One PPO scheme by id (no personal data). Any role but officers.")
    @APIResponse(responseCode = "200", description = "The scheme")
    @APIResponse(responseCode = "404", description = "No such scheme")
    public SchemeRecords.SchemeView get(@PathParam("id") UUID id) {
        return SchemeRecords.SchemeView.of(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateScheme", summary = "Rename a scheme or change its district or county (admin); the code cannot change",
            description = "Replaces a scheme's name, district, county and pre-release review days; its code cannot change. Admins only;"
                    + " send If-Match to guard against lost updates.")
    @APIResponse(responseCode = "200", description = "The scheme as it now is; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeRecords.SchemeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such scheme")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(@PathParam("id") UUID id, @Valid @NotNull SchemeRecords.UpdateScheme request,
                           @Parameter(description = "The ETag the caller read", schema = @Schema(type = SchemaType.STRING, maxLength = IfMatch.MAX_LENGTH))
                           @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        Scheme scheme = service.update(id, Versions.expected(ifMatch), request);
        return Response.ok(SchemeRecords.SchemeView.of(scheme)).tag(Long.toString(scheme.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createScheme", summary = "Create a scheme (admin)",
            description = "Creates a local PPO scheme with a unique code. Admins only.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeRecords.SchemeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "409", description = "A scheme with this code exists")
    public Response create(@Valid @NotNull SchemeRecords.CreateScheme request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Scheme scheme = service.create(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(scheme.id().toString()).build())
                .entity(SchemeRecords.SchemeView.of(scheme)).build();
    }
}
