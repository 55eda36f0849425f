package uk.ppo.hotspot.pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.hotspot.report.Window;

import java.util.List;

@Path("/api/v1/hotspots/patterns")
@Tag(name = "Hotspots")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN})
public class PatternResource {

    private final PatternService service;

    PatternResource(PatternService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "hotspotPatterns", summary = "Monthly series, seasonal profile and hour-of-week profile of one area",
            description = "Counts incidents in the LSOAs at or under the area. The hour-of-week profile and the night-time"
                    + " economy share (20:00–04:00 UK time) use incidents with a time, i.e. those pushed by partner systems.")
    @APIResponse(responseCode = "200", description = "The patterns")
    @APIResponse(responseCode = "400", description = "Missing or unknown area, bad months, unknown crime type; named in violations")
    public PatternReport patterns(@QueryParam("area") @Parameter(required = true, example = "E07000062") String area,
                                  @QueryParam("from") @Parameter(required = true, example = "2025-01") String from,
                                  @QueryParam("to") @Parameter(required = true, example = "2025-12") String to,
                                  @QueryParam("crimeType") @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
                                  List<String> crimeType) {
        return service.patterns(area, Window.parse(from, to), PatternService.types(crimeType));
    }
}
