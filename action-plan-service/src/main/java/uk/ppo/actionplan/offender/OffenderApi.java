package uk.ppo.actionplan.offender;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * offender-service's scope look-ups (role {@code scope-lookup}) and the agenda facts of a scheme (role
 * {@code conference-feed}) and NI 30 cohort reports (role {@code indicator-feed}), as action-plan-service calls them. Only {@link OffenderClient} uses this.
 */
@RegisterRestClient(configKey = "offender-service")
@RegisterProvider(OffenderErrors.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface OffenderApi {

    @GET
    @Path("/entitlements/people/{personId}")
    PersonScheme person(@HeaderParam("Authorization") String bearer, @PathParam("personId") UUID personId);

    /** 1 to 500 ids; the people that exist come back, unknown ids are simply absent. */
    @GET
    @Path("/entitlements/people")
    People people(@HeaderParam("Authorization") String bearer, @QueryParam("id") List<UUID> ids);

    @GET
    @Path("/entitlements/schemes")
    Schemes schemes(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/entitlements/schemes/{schemeId}")
    Scheme scheme(@HeaderParam("Authorization") String bearer, @PathParam("schemeId") UUID schemeId);

    /** The scheme's current members and what an agenda needs about them; service standards missed counted from {@code lateSince}. */
    @GET
    @Path("/schemes/{schemeId}/agenda-facts")
    AgendaFacts agendaFacts(@HeaderParam("Authorization") String bearer, @PathParam("schemeId") UUID schemeId,
                            @QueryParam("lateSince") LocalDate lateSince);

    /** An NI 30 cohort's report on a date (role indicator-feed): the follow-up offences, by quarter. */
    @GET
    @Path("/performance/cohorts/{cohortId}")
    Ni30Cohorts.Report ni30Cohort(@HeaderParam("Authorization") String bearer, @PathParam("cohortId") UUID cohortId,
                                  @QueryParam("asOf") LocalDate asOf);

    /** Which scheme a person is in now. */
    record PersonScheme(UUID personId, UUID schemeId, String schemeCode, boolean restricted) {
    }

    record People(List<PersonScheme> people) {
    }

    record Scheme(UUID schemeId, String schemeCode) {
    }

    record Schemes(List<Scheme> schemes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgendaFacts(UUID schemeId, String schemeCode, List<SchemeMembers.Member> members) {
    }
}
