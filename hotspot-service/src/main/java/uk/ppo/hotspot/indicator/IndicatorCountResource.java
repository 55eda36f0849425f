package uk.ppo.hotspot.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.hotspot.area.Area;
import uk.ppo.hotspot.incident.CrimeTypes;
import uk.ppo.hotspot.indicator.IndicatorCountRecords.IndicatorCount;
import uk.ppo.hotspot.report.Window;

import java.util.List;

/** One figure for a partnership indicator: crimes of given police.uk types in one area over a month range. */
@Path("/api/v1/hotspots/indicator-counts")
@Tag(name = "Hotspots", description = "Area rates per 1,000, RAG, change and share; Gi* hot spots")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN, Roles.INDICATOR_FEED})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class IndicatorCountResource {

    private final IndicatorCounts counts;

    IndicatorCountResource(IndicatorCounts counts) {
        this.counts = counts;
    }

    @GET
    @Operation(operationId = "indicatorCount", summary = "Crimes of the given police.uk types in an area over a month range, with its population",
            description = "For partnership indicators: e.g. serious acquisitive crime as police.uk's categories allow"
                    + " (Burglary, Robbery, Vehicle crime) or Anti-social behaviour per 1,000. Incidents with no LSOA, or one"
                    + " outside the hierarchy, are in no area. Analysts, coordinators, admins and the indicator feed; no personal data.")
    @APIResponse(responseCode = "200", description = "The count")
    @APIResponse(responseCode = "400", description = "Bad months, from after to, no or unknown crime type; named in violations")
    @APIResponse(responseCode = "404", description = "No such area")
    public IndicatorCount count(@QueryParam("area") @Size(max = Area.CODE_LENGTH) @Parameter(required = true, description = "The area's ONS code", example = "E10000011") String area,
                                @QueryParam("from") @Size(max = Window.MONTH_LENGTH) @Parameter(required = true, description = "First month, YYYY-MM", example = "2025-04") String from,
                                @QueryParam("to") @Size(max = Window.MONTH_LENGTH) @Parameter(required = true, description = "Last month, YYYY-MM, included", example = "2025-06") String to,
                                @QueryParam("crimeType") @Parameter(required = true, description = "police.uk crime type; repeat for several")
                                @Size(max = CrimeTypes.COUNT) List<@Size(max = CrimeTypes.MAX_LENGTH) String> crimeType) {
        return counts.count(area, from, to, crimeType);
    }
}
