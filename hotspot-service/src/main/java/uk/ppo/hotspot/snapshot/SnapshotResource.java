package uk.ppo.hotspot.snapshot;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;
import uk.ppo.hotspot.report.ReportRequest;

import java.util.UUID;

@Path("/api/v1/hotspots/snapshots")
@Tag(name = "Hotspot snapshots", description = "Reports saved on a date for six-monthly monitoring, and their comparison")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN})
public class SnapshotResource {

    private final SnapshotService service;
    private final SecurityIdentity identity;

    SnapshotResource(SnapshotService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Operation(operationId = "takeSnapshot", summary = "Run a hotspot report and save it as a dated snapshot")
    @APIResponse(responseCode = "201", description = "Saved, with its rows")
    @APIResponse(responseCode = "400", description = "Invalid report parameters, named in violations")
    public Response take(@Valid @NotNull SnapshotRecords.TakeSnapshot request, @Context UriInfo uri) {
        ReportRequest report = ReportRequest.parse(request.level(), request.from(), request.to(), request.crimeTypes(),
                request.within());
        ReportSnapshot snapshot = service.take(request.name(), report, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(snapshot.id().toString()).build())
                .entity(SnapshotRecords.SnapshotView.of(snapshot, true)).build();
    }

    @GET
    @Operation(operationId = "listSnapshots", summary = "Saved snapshots, newest first (without rows)")
    @APIResponse(responseCode = "200", description = "A page of snapshots")
    public Page<SnapshotRecords.SnapshotView> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging.page(), paging.size()).map(s -> SnapshotRecords.SnapshotView.of(s, false));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSnapshot", summary = "One snapshot with its rows")
    @APIResponse(responseCode = "200", description = "The snapshot")
    @APIResponse(responseCode = "404", description = "No such snapshot")
    public SnapshotRecords.SnapshotView get(@PathParam("id") String id) {
        return SnapshotRecords.SnapshotView.of(service.get(uuid("id", id, true)), true);
    }

    @GET
    @Path("/compare")
    @Operation(operationId = "compareSnapshots", summary = "Areas entering and leaving RED, and the biggest risers, between two snapshots")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", description = "Missing or unknown snapshots, or snapshots at different levels")
    public SnapshotRecords.Comparison compare(@QueryParam("base") String base, @QueryParam("current") String current) {
        return service.compare(uuid("base", base, false), uuid("current", current, false));
    }

    private static UUID uuid(String field, String value, boolean notFound) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            if (notFound) {
                throw ProblemException.notFound("No snapshot " + value);
            }
            throw ProblemException.invalid(field, "must be a snapshot id (UUID)");
        }
    }
}
