package uk.ppo.offender.dataprotection;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The data-protection endpoints every other service holding personal data serves to offender-service's own
 * client (role {@code data-protection-service}): one person's records for a subject-access request, and
 * their disposal. Answers are kept as the JSON the service sent. Built per service by {@link PartnerServices}.
 */
@Path("/api/v1/data-protection/people/{personId}")
@Produces(MediaType.APPLICATION_JSON)
public interface DataProtectionApi {

    @GET
    @Path("/records")
    String records(@HeaderParam("Authorization") String bearer, @PathParam("personId") UUID personId,
                   @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    /** Idempotent: a second call disposes of nothing and says so. */
    @DELETE
    String dispose(@HeaderParam("Authorization") String bearer, @PathParam("personId") UUID personId);
}
