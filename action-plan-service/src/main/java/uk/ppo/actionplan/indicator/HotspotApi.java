package uk.ppo.actionplan.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** hotspot-service's crime counts for indicators (role indicator-feed), as action-plan-service calls them. Only {@link HotspotCounts} uses this. */
@RegisterRestClient(configKey = "hotspot-service")
@RegisterProvider(HotspotCounts.Errors.class)
@Path("/api/v1/hotspots/indicator-counts")
@Produces(MediaType.APPLICATION_JSON)
interface HotspotApi {

    @GET
    Count count(@HeaderParam("Authorization") String bearer, @QueryParam("area") String area, @QueryParam("from") String from,
                @QueryParam("to") String to, @QueryParam("crimeType") List<String> crimeTypes);

    /** hotspot-service's IndicatorCount: the fields read here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Count(String areaCode, String areaName, Integer population, String from, String to, List<String> crimeTypes, long count) {
    }
}
