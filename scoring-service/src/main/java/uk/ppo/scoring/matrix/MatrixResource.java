package uk.ppo.scoring.matrix;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;
import uk.ppo.scoring.offender.Scopes;

import java.util.UUID;

@Path("/api/v1/scoring/matrices")
@Tag(name = "Scoring matrices", description = "Versions of the matrix that ranks offenders for nomination")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class MatrixResource {

    /** {@code W/"<version>"}: a long in quotes, weak or not. */
    static final int IF_MATCH_MAX_LENGTH = 24;

    private final MatrixService service;
    private final SecurityIdentity identity;
    private final Scopes scopes;

    MatrixResource(MatrixService service, SecurityIdentity identity, Scopes scopes) {
        this.service = service;
        this.identity = identity;
        this.scopes = scopes;
    }

    @GET
    @Operation(operationId = "listMatrixVersions", summary = "List scoring matrix versions, by version number",
            description = "Every version with its rules, draft, active or retired, by version number. Any scoring role may read them.")
    @APIResponse(responseCode = "200", description = "A page of matrix versions")
    @APIResponse(responseCode = "400", description = "Bad paging, named in violations")
    public Page<MatrixRecords.MatrixVersionView> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging.page(), paging.size()).map(MatrixRecords.MatrixVersionView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMatrixVersion", summary = "One scoring matrix version",
            description = "The version with its rules and, for If-Match when revising a draft, its version. Any scoring role may read it.")
    @APIResponse(responseCode = "200", description = "The matrix version")
    @APIResponse(responseCode = "404", description = "No such matrix version")
    public MatrixRecords.MatrixVersionView get(@PathParam("id") UUID id) {
        return MatrixRecords.MatrixVersionView.of(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createMatrixVersion", summary = "Draft the next matrix version (admin)",
            description = "Rules not given are the Home Office default's. The draft scores nothing until activated. Admin only.")
    @APIResponse(responseCode = "201", description = "Created as a DRAFT with the next version number; Location names it",
            headers = @Header(name = "Location", description = "The new version", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixRecords.MatrixVersionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    public Response create(@Valid @NotNull MatrixRecords.CreateMatrixVersion request, @Context UriInfo uri) {
        MatrixVersion draft = service.createDraft(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(draft.id().toString()).build())
                .entity(MatrixRecords.MatrixVersionView.of(draft)).build();
    }

    @GET
    @Path("/active")
    @Operation(operationId = "getActiveMatrixVersion", summary = "The version that scores for a scheme (its own, else the global one)",
            description = "Without schemeId the global version. A scheme outside the caller's schemes answers as an unknown one.")
    @APIResponse(responseCode = "200", description = "The active version")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes (the same answer)")
    @APIResponse(responseCode = "409", description = "No version is active")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say what the scheme is")
    public MatrixRecords.ActiveView active(@QueryParam("schemeId") UUID schemeId) {
        if (schemeId != null) {
            scopes.requireScheme(schemeId);   // a scheme's settings are the scheme's: unknown and out of scope alike
        }
        MatrixService.Resolved resolved = service.activation(schemeId);
        return new MatrixRecords.ActiveView(schemeId, resolved.schemeSpecific(), MatrixRecords.MatrixVersionView.of(resolved.version()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reviseMatrixVersion", summary = "Change a draft that has never been used (admin, If-Match: its version)",
            description = "Replaces the draft's name, description and rules; ETag carries the new version. Admin only.")
    @APIResponse(responseCode = "200", description = "The revised draft",
            headers = @Header(name = "ETag", description = "The draft's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixRecords.MatrixVersionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid rules (e.g. overlapping bands) or no If-Match, named in violations; nothing changed")
    @APIResponse(responseCode = "404", description = "No such matrix version")
    @APIResponse(responseCode = "409", description = "The version has been activated or used by a score and is immutable")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response revise(@PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(required = true, description = "The version read, e.g. \"0\"",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = IF_MATCH_MAX_LENGTH)) String ifMatch,
                           @Valid @NotNull MatrixRecords.CreateMatrixVersion request) {
        MatrixVersion revised = service.revise(id, expectedVersion(ifMatch), request);
        return Response.ok(MatrixRecords.MatrixVersionView.of(revised)).tag(Long.toString(revised.version())).build();
    }

    @POST
    @Path("/{id}/activations")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "activateMatrixVersion", summary = "Activate a version for one scheme or globally (admin); it becomes immutable",
            description = "Score runs from now on use it for that scheme (or for every scheme without its own). Admin only.")
    @APIResponse(responseCode = "200", description = "The activated version")
    @APIResponse(responseCode = "400", description = "A malformed body (unknown field, schemeId not a UUID), named in violations")
    @APIResponse(responseCode = "404", description = "No such matrix version, or a scheme outside the caller's")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say what the scheme is")
    public MatrixRecords.MatrixVersionView activate(@PathParam("id") UUID id, @Valid MatrixRecords.Activate request) {
        UUID schemeId = request == null ? null : request.schemeId();
        if (schemeId != null) {
            scopes.requireScheme(schemeId);
        }
        return MatrixRecords.MatrixVersionView.of(service.activate(id, schemeId, identity.getPrincipal().getName()));
    }

    private static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.invalid("If-Match", "is required: the version you read");
        }
        if (ifMatch.length() > IF_MATCH_MAX_LENGTH) {
            throw ProblemException.invalid("If-Match", "must be the version number you read");
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the version number you read");
        }
    }
}
