package uk.ppo.hotspot.pattern;

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
import uk.ppo.hotspot.report.Window;

import java.util.List;
import java.util.Map;

@Path("/api/v1/hotspots/patterns")
@Tag(name = "Hotspots")
@Produces({MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE})
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class PatternResource {

    private final PatternService service;
    private final AreaDirectory areas;
    private final ObjectMapper mapper;

    PatternResource(PatternService service, AreaDirectory areas, ObjectMapper mapper) {
        this.service = service;
        this.areas = areas;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "hotspotPatterns", summary = "Monthly series, seasonal profile and hour-of-week profile of one area",
            description = "Counts incidents in the LSOAs at or under the area. The hour-of-week profile and the night-time"
                    + " economy share (20:00–04:00 UK time) use incidents with a time, i.e. those pushed by partner systems."
                    + " With Accept: application/geo+json a FeatureCollection of the one area (its polygon where boundaries"
                    + " are loaded, else its centroid) with the patterns as properties. Analysts, coordinators and admins; no personal data.")
    @APIResponse(responseCode = "200", description = "The patterns", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatternReport.class)),
            @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT, description = "GeoJSON FeatureCollection"))})
    @APIResponse(responseCode = "400", description = "Missing or unknown area, bad months, unknown crime type; named in violations")
    public Response patterns(@QueryParam("area") @Size(max = Area.CODE_LENGTH) @Parameter(required = true, description = "The area's ONS code", example = "E07000062") String area,
                                  @QueryParam("from") @Size(max = Window.MONTH_LENGTH) @Parameter(required = true, description = "First month, YYYY-MM", example = "2025-01") String from,
                                  @QueryParam("to") @Size(max = Window.MONTH_LENGTH) @Parameter(required = true, description = "Last month, YYYY-MM, included", example = "2025-12") String to,
                                  @QueryParam("crimeType") @Parameter(description = "police.uk crime type; repeat for several; none: all")
                                  @Size(max = CrimeTypes.COUNT) List<@Size(max = CrimeTypes.MAX_LENGTH) String> crimeType,
                             @Context HttpHeaders headers) {
        PatternReport report = service.patterns(area, Window.parse(from, to), PatternService.types(crimeType));
        if (!GeoJson.wanted(headers)) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(GeoJson.featureCollection(mapper, Map.of(), areas.features(List.of(report.area()), c -> report)),
                GeoJson.MEDIA_TYPE).build();
    }
}
