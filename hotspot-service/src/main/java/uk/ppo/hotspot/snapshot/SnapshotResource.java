package uk.ppo.hotspot.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.core.HttpHeaders;
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
import uk.ppo.hotspot.area.AreaDirectory;
import uk.ppo.hotspot.geo.GeoJson;
import uk.ppo.hotspot.report.ReportRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/hotspots/snapshots")
@Tag(name = "Hotspot snapshots", description = "Reports saved on a date for six-monthly monitoring, and their comparison")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class SnapshotResource {

    /** UUID.fromString refuses anything longer. */
    private static final int UUID_LENGTH = 36;

    private final SnapshotService service;
    private final SecurityIdentity identity;
    private final AreaDirectory areas;
    private final ObjectMapper mapper;

    SnapshotResource(SnapshotService service, SecurityIdentity identity, AreaDirectory areas, ObjectMapper mapper) {
        this.service = service;
        this.identity = identity;
        this.areas = areas;
        this.mapper = mapper;
    }

    @POST
    @Operation(operationId = "takeSnapshot", summary = "Run a hotspot report and save it as a dated snapshot",
            description = "Saves the report's rows as they are today, for six-monthly comparison. Analysts, coordinators and admins.")
    @APIResponse(responseCode = "201", description = "Saved, with its rows; Location names it",
            headers = @Header(name = "Location", description = "The snapshot", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotRecords.SnapshotView.class)))
    @APIResponse(responseCode = "400", description = "Invalid report parameters, named in violations")
    public Response take(@Valid @NotNull SnapshotRecords.TakeSnapshot request, @Context UriInfo uri) {
        ReportRequest report = ReportRequest.parse(request.level(), request.from(), request.to(), request.crimeTypes(),
                request.within());
        ReportSnapshot snapshot = service.take(request.name(), report, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(snapshot.id().toString()).build())
                .entity(SnapshotRecords.SnapshotView.of(snapshot, true)).build();
    }

    @GET
    @Operation(operationId = "listSnapshots", summary = "Saved snapshots, newest first (without rows)",
            description = "Analysts, coordinators and admins.")
    @APIResponse(responseCode = "400", description = "Bad paging, named in violations")
    @APIResponse(responseCode = "200", description = "A page of snapshots")
    public Page<SnapshotRecords.SnapshotView> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging.page(), paging.size()).map(s -> SnapshotRecords.SnapshotView.of(s, false));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE})
    @Operation(operationId = "getSnapshot", summary = "One snapshot with its rows",
            description = "With Accept: application/geo+json a FeatureCollection: one feature per area row, its polygon"
                    + " where boundaries are loaded, its centroid otherwise, the row as properties. Analysts, coordinators and admins.")
    @APIResponse(responseCode = "200", description = "The snapshot", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotRecords.SnapshotView.class)),
            @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT, description = "GeoJSON FeatureCollection"))})
    @APIResponse(responseCode = "404", description = "No such snapshot")
    public Response get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = UUID_LENGTH)) String id, @Context HttpHeaders headers) {
        SnapshotRecords.SnapshotView view = SnapshotRecords.SnapshotView.of(service.get(uuid("id", id, true)), true);
        if (!GeoJson.wanted(headers)) {
            return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
        }
        Map<String, SnapshotRecords.AreaView> rows = new LinkedHashMap<>();
        view.areas().forEach(a -> rows.put(a.code(), a));
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("id", view.id());
        members.put("name", view.name());
        members.put("level", view.level());
        members.put("from", view.from().toString());
        members.put("to", view.to().toString());
        members.put("monthsInWindow", view.monthsInWindow());
        members.put("rateBasis", view.rateBasis());
        members.put("within", view.within());
        members.put("crimeTypes", view.crimeTypes());
        members.put("takenAt", view.takenAt().toString());
        return Response.ok(GeoJson.featureCollection(mapper, members,
                areas.features(List.copyOf(rows.keySet()), rows::get)), GeoJson.MEDIA_TYPE).build();
    }

    @GET
    @Path("/compare")
    @Operation(operationId = "compareSnapshots", summary = "Areas entering and leaving RED, and the biggest risers, between two snapshots",
            description = "The two snapshots must be at the same level. Analysts, coordinators and admins.")
    @APIResponse(responseCode = "200", description = "The comparison; with Accept: application/geo+json a FeatureCollection of"
            + " the areas that entered or left RED or rose most, each with its change and movements", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotRecords.Comparison.class)),
            @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT, description = "GeoJSON FeatureCollection"))})
    @APIResponse(responseCode = "400", description = "Missing or unknown snapshots, or snapshots at different levels")
    @Produces({MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE})
    public Response compare(@QueryParam("base") @Parameter(required = true, description = "The earlier snapshot's id",
                                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = UUID_LENGTH)) String base,
                            @QueryParam("current") @Parameter(required = true, description = "The later snapshot's id",
                                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = UUID_LENGTH)) String current,
                            @Context HttpHeaders headers) {
        SnapshotRecords.Comparison comparison = service.compare(uuid("base", base, false), uuid("current", current, false));
        if (!GeoJson.wanted(headers)) {
            return Response.ok(comparison, MediaType.APPLICATION_JSON_TYPE).build();
        }
        // one feature per area that moved: its change and how (ENTERED_RED, LEFT_RED, RISER)
        Map<String, Map<String, Object>> moved = new LinkedHashMap<>();
        movement(moved, comparison.enteredRed(), "ENTERED_RED");
        movement(moved, comparison.leftRed(), "LEFT_RED");
        movement(moved, comparison.biggestRisers(), "RISER");
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("base", comparison.base());
        members.put("current", comparison.current());
        return Response.ok(GeoJson.featureCollection(mapper, members,
                areas.features(List.copyOf(moved.keySet()), moved::get)), GeoJson.MEDIA_TYPE).build();
    }

    @SuppressWarnings("unchecked")
    private void movement(Map<String, Map<String, Object>> moved, List<SnapshotRecords.Change> changes, String how) {
        for (SnapshotRecords.Change change : changes) {
            Map<String, Object> properties = moved.computeIfAbsent(change.code(), code -> {
                Map<String, Object> p = mapper.convertValue(change, LinkedHashMap.class);
                p.put("movements", new ArrayList<String>());
                return p;
            });
            ((List<String>) properties.get("movements")).add(how);
        }
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
