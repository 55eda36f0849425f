package uk.ppo.hotspot.gistar;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
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
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;
import uk.ppo.hotspot.area.Area;
import uk.ppo.hotspot.geo.GeoJson;
import uk.ppo.hotspot.incident.CrimeTypes;
import uk.ppo.hotspot.report.ReportRequest;
import uk.ppo.hotspot.report.Window;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/hotspots/gi")
@Tag(name = "Hotspots")
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class GiResource {

    private static final int MIN_CELL = 50;
    private static final int MAX_CELL = 5000;
    private static final String CELL_MESSAGE = "must be 50 to 5000 metres";
    /** incident.falls_within is varchar(100). */
    private static final int FORCE_LENGTH = 100;

    private final GiService service;
    private final ObjectMapper mapper;

    GiResource(GiService service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE})
    @Operation(operationId = "giStar", summary = "Getis-Ord Gi* hot and cold spots over LSOAs, wards or a square grid",
            description = "Self-inclusive binary weights: areas sharing a boundary (CONTIGUITY, needs boundaries) or with"
                    + " centroids within `distance` metres (DISTANCE_BAND); or a grid of `cellSize` m with neighbours within"
                    + " one cell. Areas are analysed on their rate per 1,000 per year (or count); cells on counts, over every cell"
                    + " holding an incident and the cells around them; only cells with incidents or a significant result"
                    + " are listed. Two-sided p-values; classes at 99/95/90 % by |z| ≥ 2.576/1.960/1.645, or by"
                    + " Benjamini-Hochberg cut-offs with fdr=true. With Accept: application/geo+json a FeatureCollection"
                    + " (area polygons or centroids, grid squares). Analysts, coordinators and admins; no personal data.")
    @APIResponse(responseCode = "200", description = "z-scores, p-values and classes", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GiResult.class)),
            @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT, description = "GeoJSON FeatureCollection"))})
    @APIResponse(responseCode = "400", description = "Unknown level or weights, bad months, unknown area, missing boundaries; named in violations")
    public Response gi(@QueryParam("level") @Parameter(required = true, schema = @Schema(enumeration = {"LSOA", "WARD", "GRID"})) String level,
                       @QueryParam("from") @Size(max = Window.MONTH_LENGTH) @Parameter(required = true, description = "First month, YYYY-MM", example = "2025-01") String from,
                       @QueryParam("to") @Size(max = Window.MONTH_LENGTH) @Parameter(required = true, description = "Last month, YYYY-MM, included", example = "2025-12") String to,
                       @QueryParam("crimeType") @Parameter(description = "police.uk crime type; repeat for several; none: all") @Size(max = CrimeTypes.COUNT) List<@Size(max = CrimeTypes.MAX_LENGTH) String> crimeType,
                       @QueryParam("within") @Size(max = Area.CODE_LENGTH) @Parameter(description = "Only areas (or incidents) at or under this area") String within,
                       @QueryParam("weights") @Parameter(description = "For areas: CONTIGUITY (default) or DISTANCE_BAND",
                               schema = @Schema(enumeration = {"CONTIGUITY", "DISTANCE_BAND"})) String weights,
                       @QueryParam("distance") @Parameter(description = "Distance band in metres (DISTANCE_BAND)") Double distance,
                       @QueryParam("cellSize") @DefaultValue("250") @Min(value = MIN_CELL, message = CELL_MESSAGE) @Max(value = MAX_CELL, message = CELL_MESSAGE)
                       @Parameter(description = "Grid cell size in metres, 50 to 5000") int cellSize,
                       @QueryParam("value") @Parameter(description = "For areas: RATE (per 1,000 per year, default) or COUNT",
                               schema = @Schema(enumeration = {"RATE", "COUNT"})) String value,
                       @QueryParam("fdr") @DefaultValue("false") @Parameter(description = "Apply the false-discovery-rate correction") boolean fdr,
                       @QueryParam("force") @Size(max = FORCE_LENGTH) @Parameter(description = "GRID: only incidents of this force ('Falls within')", example = "Sussex Police") String force,
                       @Context HttpHeaders headers) {
        boolean geo = GeoJson.wanted(headers);
        GiResult result = service.analyse(request(level, from, to, crimeType, within, weights, distance, cellSize, value,
                fdr, force), geo);
        if (!geo) {
            return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("level", result.level());
        members.put("weights", result.weights());
        return Response.ok(GeoJson.featureCollection(mapper, members, result.results().stream()
                .map(r -> new GeoJson.Feature(r.code(), r.geometry(), r.latitude(), r.longitude(), r)).toList()),
                GeoJson.MEDIA_TYPE).build();
    }

    private static GiService.GiRequest request(String level, String from, String to, List<String> crimeType,
                                               String within, String weights, Double distance, int cellSize,
                                               String value, boolean fdr, String force) {
        String l = level == null ? "" : level.strip();
        if (!List.of("LSOA", "WARD", "GRID").contains(l)) {
            throw ProblemException.invalid("level", "must be one of LSOA, WARD, GRID");
        }
        ReportRequest report = ReportRequest.parse(l.equals("GRID") ? "LSOA" : l, from, to, crimeType, within);
        GiService.Weights w = GiService.Weights.CONTIGUITY;
        if (weights != null && !weights.isBlank()) {
            try {
                w = GiService.Weights.valueOf(weights.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("weights", "must be CONTIGUITY or DISTANCE_BAND");
            }
        }
        if (!l.equals("GRID") && w == GiService.Weights.DISTANCE_BAND
                && (distance == null || !(distance >= 10 && distance <= 100_000))) {
            throw ProblemException.invalid("distance", "DISTANCE_BAND needs a distance of 10 to 100000 metres");
        }
        GiService.Value v = GiService.Value.RATE;
        if (value != null && !value.isBlank()) {
            try {
                v = GiService.Value.valueOf(value.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("value", "must be RATE or COUNT");
            }
        }
        return new GiService.GiRequest(l, report, w, distance, cellSize, v, fdr,
                force == null || force.isBlank() ? null : force.strip());
    }
}
