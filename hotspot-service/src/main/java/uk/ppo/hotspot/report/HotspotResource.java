package uk.ppo.hotspot.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.hotspot.area.Area;
import uk.ppo.hotspot.area.AreaDirectory;
import uk.ppo.hotspot.geo.GeoJson;
import uk.ppo.hotspot.incident.CrimeTypes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/hotspots")
@Tag(name = "Hotspots", description = "Area rates per 1,000 (for the window and per year), RAG, change and share; Gi* hot spots")
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class HotspotResource {

    private final HotspotReportService service;
    private final AreaDirectory areas;
    private final ObjectMapper mapper;

    HotspotResource(HotspotReportService service, AreaDirectory areas, ObjectMapper mapper) {
        this.service = service;
        this.areas = areas;
        this.mapper = mapper;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE})
    @Operation(operationId = "hotspotReport", summary = "Incidents per area: count, rate per 1,000 for the window and per year, RAG, change against the previous window, share",
            description = "Counts every incident whose LSOA is in the area hierarchy, over the months from..to (both included)."
                    + " Rates are given for the window and annualised (× 12 ÷ monthsInWindow); RAG judges the rate on the"
                    + " basis of the area's thresholds (per year unless its partnership set them for the window)."
                    + " The previous window is the same number of months just before. Sorted by rate, highest first."
                    + " With Accept: application/geo+json a FeatureCollection: one feature per area, its polygon where"
                    + " boundaries are loaded, its centroid otherwise, the report row as properties.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotspotReport.class)),
            @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT, description = "GeoJSON FeatureCollection"))})
    @APIResponse(responseCode = "400", description = "Unknown level, bad months, from after to, unknown crime type or area; named in violations")
    public Response report(@QueryParam("level") @Parameter(required = true, schema = @Schema(enumeration = {"LSOA", "WARD", "DISTRICT"})) String level,
                           @QueryParam("from") @Size(max = Window.MONTH_LENGTH) @Parameter(required = true, description = "First month, YYYY-MM", example = "2025-01") String from,
                           @QueryParam("to") @Size(max = Window.MONTH_LENGTH) @Parameter(required = true, description = "Last month, YYYY-MM, included", example = "2025-12") String to,
                           @QueryParam("crimeType") @Parameter(description = "police.uk crime type; repeat for several; none: all")
                           @Size(max = CrimeTypes.COUNT) List<@Size(max = CrimeTypes.MAX_LENGTH) String> crimeType,
                           @QueryParam("within") @Size(max = Area.CODE_LENGTH) @Parameter(description = "Only areas at or under this area code", example = "E10000011") String within,
                           @Context HttpHeaders headers) {
        ReportRequest request = ReportRequest.parse(level, from, to, crimeType, within);
        HotspotReport report = service.report(request);
        if (!GeoJson.wanted(headers)) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(geoJson(request, report), GeoJson.MEDIA_TYPE).build();
    }

    private String geoJson(ReportRequest request, HotspotReport report) {
        Map<String, AreaDirectory.AreaRef> refs = new java.util.HashMap<>();
        areas.within(request.level().areaType(), request.within()).forEach(a -> refs.put(a.code(), a));
        Map<String, String> polygons = areas.geometries(report.areas().stream().map(HotspotReport.AreaRow::code).toList());
        List<GeoJson.Feature> features = new ArrayList<>();
        for (HotspotReport.AreaRow row : report.areas()) {
            AreaDirectory.AreaRef ref = refs.get(row.code());
            features.add(new GeoJson.Feature(row.code(), polygons.get(row.code()), ref == null ? null : ref.latitude(),
                    ref == null ? null : ref.longitude(), row));
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("level", report.level());
        members.put("from", report.from().toString());
        members.put("to", report.to().toString());
        members.put("monthsInWindow", report.monthsInWindow());
        members.put("rateBasis", report.rateBasis());
        members.put("crimeTypes", report.crimeTypes());
        return GeoJson.featureCollection(mapper, members, features);
    }
}
