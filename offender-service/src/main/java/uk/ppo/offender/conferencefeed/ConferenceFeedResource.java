package uk.ppo.offender.conferencefeed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.conferencefeed.ConferenceFeedRecords.Facts;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a case conference's agenda needs to know about a scheme's current members (ACTIVE and AMBER), for
 * action-plan-service, which holds the plans and the conference history. Read-only; each person is audited.
 */
@Path("/api/v1/schemes/{schemeId}/agenda-facts")
@Tag(name = "Conference feed", description = "A scheme's current members and their facts, for action-plan-service's case-conference agenda")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CONFERENCE_FEED)
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class ConferenceFeedResource {

    private final ConferenceFeedService feed;

    ConferenceFeedResource(ConferenceFeedService feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "getAgendaFacts", summary = "Every current member of the scheme with the facts a case-conference agenda needs (action-plan-service only)",
            description = "A scheme's current members with the facts a case-conference agenda needs. action-plan-service's client only"
                    + " (role conference-feed); each person is audited.")
    @APIResponse(responseCode = "200", description = "The members, by strand and name")
    @APIResponse(responseCode = "400", description = "lateSince missing")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public Facts facts(@PathParam("schemeId") UUID schemeId, @QueryParam("lateSince") LocalDate lateSince) {
        if (lateSince == null) {
            throw ProblemException.invalid("lateSince", "is required (the date late-recorded events are counted from)");
        }
        return feed.facts(schemeId, lateSince);
    }
}
