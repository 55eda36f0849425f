package uk.ppo.actionplan.offender;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** offender-service's scope look-ups (role {@code scope-lookup}), as action-plan-service calls them. Only {@link OffenderClient} uses this. */
@RegisterRestClient(configKey = "offender-service")
@RegisterProvider(OffenderErrors.class)
@Path("/api/v1/entitlements")
@Produces(MediaType.APPLICATION_JSON)
interface OffenderApi {

    @GET
    @Path("/people/{personId}")
    PersonScheme person(@HeaderParam("Authorization") String bearer, @PathParam("personId") UUID personId);

    /** 1 to 500 ids; the people that exist come back, unknown ids are simply absent. */
    @GET
    @Path("/people")
    People people(@HeaderParam("Authorization") String bearer, @QueryParam("id") List<UUID> ids);

    @GET
    @Path("/schemes")
    Schemes schemes(@HeaderParam("Authorization") String bearer);

    /** Which scheme a person is in now. */
    record PersonScheme(UUID personId, UUID schemeId, String schemeCode, boolean restricted) {
    }

    record People(List<PersonScheme> people) {
    }

    record Scheme(UUID schemeId, String schemeCode) {
    }

    record Schemes(List<Scheme> schemes) {
    }
}
