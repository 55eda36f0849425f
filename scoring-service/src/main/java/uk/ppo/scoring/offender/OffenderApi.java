package uk.ppo.scoring.offender;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.LocalDate;
import java.util.UUID;

/** offender-service, as scoring-service calls it. Only {@link OffenderClient} uses this. */
@RegisterRestClient(configKey = "offender-service")
@RegisterProvider(OffenderErrors.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface OffenderApi {

    @GET
    @Path("/schemes/{schemeId}/scoring-inputs")
    OffenderInputs.Page scoringInputs(@HeaderParam("Authorization") String bearer, @PathParam("schemeId") UUID schemeId,
                                      @QueryParam("asOf") LocalDate asOf, @QueryParam("from") LocalDate from,
                                      @QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("after") UUID after,
                                      @QueryParam("until") UUID until, @QueryParam("count") boolean count);

    /** The person's current scheme (role scope-lookup, scoring-service's own token). */
    @GET
    @Path("/entitlements/people/{personId}")
    OffenderInputs.PersonScheme personScheme(@HeaderParam("Authorization") String bearer, @PathParam("personId") UUID personId);

    /** The scheme's code (role scope-lookup, scoring-service's own token). */
    @GET
    @Path("/entitlements/schemes/{schemeId}")
    OffenderInputs.SchemeCode schemeCode(@HeaderParam("Authorization") String bearer, @PathParam("schemeId") UUID schemeId);

    @POST
    @Path("/offenders/{personId}/nominations")
    OffenderInputs.Nominated nominate(@HeaderParam("Authorization") String bearer, @HeaderParam("X-Purpose") String purpose,
                                      @PathParam("personId") UUID personId, OffenderInputs.Nominate nomination);
}
