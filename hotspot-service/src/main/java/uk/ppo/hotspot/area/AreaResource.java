package uk.ppo.hotspot.area;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

@Path("/api/v1/areas")
@Tag(name = "Areas", description = "The area hierarchy: counties, districts, wards and LSOAs with populations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER_SYSTEM})
public class AreaResource {

    private final AreaService service;

    AreaResource(AreaService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAreas", summary = "List areas, by code, optionally of one type")
    @APIResponse(responseCode = "200", description = "A page of areas")
    @APIResponse(responseCode = "400", description = "Invalid paging or type, named in violations")
    public Page<AreaRecords.AreaView> list(@Valid @BeanParam PageRequest paging,
                                           @QueryParam("type")
                                           @Parameter(description = "Only areas of this type",
                                                   schema = @Schema(implementation = AreaType.class))
                                           String type) {
        return service.list(typeFilter(type), paging.page(), paging.size()).map(AreaRecords.AreaView::of);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getArea", summary = "One area, by its code")
    @APIResponse(responseCode = "200", description = "The area")
    @APIResponse(responseCode = "404", description = "No area has this code")
    public AreaRecords.AreaView get(@PathParam("code") String code) {
        return AreaRecords.AreaView.of(service.get(code));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createArea", summary = "Add an area to the hierarchy (admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names it by code")
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
