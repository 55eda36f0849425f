package uk.ppo.hotspot.area;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.util.Arrays;
import java.util.stream.Collectors;

import static uk.ppo.common.text.Text.blankToNull;

@Path("/api/v1/areas")
@Tag(name = "Areas", description = "The area hierarchy: counties, districts, wards and LSOAs with populations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER_SYSTEM})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class AreaResource {

    private final AreaService service;
    private final AreaImporter importer;
    private final BoundaryImporter boundaries;

    AreaResource(AreaService service, AreaImporter importer, BoundaryImporter boundaries) {
        this.service = service;
        this.importer = importer;
        this.boundaries = boundaries;
    }

    @GET
    @Operation(operationId = "listAreas", summary = "List or search areas, by code: of one type, under one parent, or matching a name",
            description = "Areas hold no personal data. Analysts, coordinators, admins and partner systems.")
    @APIResponse(responseCode = "200", description = "A page of areas")
    @APIResponse(responseCode = "400", description = "Invalid paging or type, named in violations")
    public Page<AreaRecords.AreaView> list(@Valid @BeanParam PageRequest paging,
                                           @QueryParam("type")
                                           @Parameter(description = "Only areas of this type",
                                                   schema = @Schema(implementation = AreaType.class))
                                           String type,
                                           @QueryParam("parentCode") @Size(max = Area.CODE_LENGTH) @Parameter(description = "Only the children of this area")
                                           String parentCode,
                                           @QueryParam("q") @Size(max = Area.NAME_LENGTH) @Parameter(description = "Code or name contains this (case-insensitive)")
                                           String q) {
        return service.list(typeFilter(type), blankToNull(parentCode), blankToNull(q), paging.page(), paging.size())
                .map(AreaRecords.AreaView::of);
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importAreas", summary = "Import or update the area hierarchy from CSV (admin)",
            description = "Header code,name,type,parent_code,population,latitude,longitude. New codes are created, known"
                    + " codes updated in place (populations, names, centroids, parents), so incidents are kept. Unknown"
                    + " parents, parents at the wrong level, cycles, negative populations or a changed level reject the"
                    + " whole file: nothing is stored. Admin only.")
    @APIResponse(responseCode = "200", description = "Imported: how many areas were created, updated and unchanged")
    @APIResponse(responseCode = "413", description = "Larger than the upload limit; nothing stored")
    @APIResponse(responseCode = "400", description = "Invalid rows, each named by column and line; nothing stored")
    public AreaImporter.Result importAreas(java.io.InputStream body) {
        return importer.importCsv(body);
    }

    @PUT
    @Path("/boundaries")
    @Consumes({"application/geo+json", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importBoundaries", summary = "Load area polygons from a GeoJSON FeatureCollection (admin)",
            description = "CRS84 Polygon/MultiPolygon features carrying the area code (code, LSOA21CD, WD25CD...). Replaces"
                    + " the stored polygon of each area named; used for contiguity weights and map output. Admin only.")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "Not a FeatureCollection, unknown codes or other geometries; nothing stored")
    @APIResponse(responseCode = "413", description = "Larger than 20 MB")
    public BoundaryImporter.Result importBoundaries(java.io.InputStream body) {
        return boundaries.importGeoJson(body);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getArea", summary = "One area, by its code",
            description = "Analysts, coordinators, admins and partner systems.")
    @APIResponse(responseCode = "400", description = "The code is longer than 12 characters")
    @APIResponse(responseCode = "200", description = "The area")
    @APIResponse(responseCode = "404", description = "No area has this code")
    public AreaRecords.AreaView get(@PathParam("code") @Size(max = Area.CODE_LENGTH) String code) {
        return AreaRecords.AreaView.of(service.get(code));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createArea", summary = "Add an area to the hierarchy (admin)",
            description = "One area under a parent one level up; for many, import a CSV. Admin only.")
    @APIResponse(responseCode = "201", description = "Created; Location names it by code",
            headers = @Header(name = "Location", description = "The new area", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaRecords.AreaView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, an unknown parent or a parent at the wrong level, named in violations")
    @APIResponse(responseCode = "409", description = "An area with this code exists")
    public Response create(@Valid @NotNull AreaRecords.CreateArea request, @Context UriInfo uri) {
        Area area = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(area.code()).build())
                .entity(AreaRecords.AreaView.of(area)).build();
    }

    /** JAX-RS answers 404 to a query parameter it cannot convert; an unknown type is bad input, so parse here. */
    private static AreaType typeFilter(String type) {
        if (type == null || type.isEmpty()) {
            return null;
        }
        try {
            return AreaType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("type", "must be one of "
                    + Arrays.stream(AreaType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
