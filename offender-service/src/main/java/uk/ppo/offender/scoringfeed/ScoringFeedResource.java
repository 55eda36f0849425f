package uk.ppo.offender.scoringfeed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.scoringfeed.ScoringFeedRecords.Feed;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a score run needs about a scheme, in pages: its current members and pending nominees, each
 * with offences and intelligence dates in a window. Read-only; each person read is audited.
 */
@Path("/api/v1/schemes/{schemeId}/scoring-inputs")
@Tag(name = "Scoring feed", description = "Bulk read of a scheme's members and nominees with their offences, for scoring-service")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SCORING_FEED)
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class ScoringFeedResource {

    static final int MAX_SIZE = 1000;

    private final ScoringFeedService feed;

    ScoringFeedResource(ScoringFeedService feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "getScoringInputs", summary = "A page of the scheme's members and pending nominees with offences and intelligence dated from..asOf",
            description = "What a score run needs, a page at a time: the scheme's current members and pending nominees with their"
                    + " offences and intelligence dates in the window. scoring-service's client only (role scoring-feed); each person is audited.")
    @APIResponse(responseCode = "200", description = "A page of people, ordered by id")
    @APIResponse(responseCode = "400", description = "asOf in the future, from after asOf, or a bad page size")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public Feed inputs(@PathParam("schemeId") UUID schemeId, @QueryParam("asOf") LocalDate asOf, @QueryParam("from") LocalDate from,
                       @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0")
                       @Min(value = 0, message = "must not be negative")
                       @Max(value = PageRequest.MAX_PAGE, message = "must be at most " + PageRequest.MAX_PAGE) int page,
                       @Parameter(description = "Page size, 1 to " + MAX_SIZE) @QueryParam("size") @DefaultValue("500")
                       @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
                       @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE) int size,
                       @Parameter(description = "The last person id of the previous page: the page is the people after it in id order,"
                               + " however many came before (page is then only echoed). Reading a whole scheme this way costs the"
                               + " same for every page; by page number each page skips all the earlier ones.")
                       @QueryParam("after") UUID after,
                       @Parameter(description = "The last person id of an id range (inclusive): the page holds only people up to it. With"
                               + " after as the range's start, a reader reads several ranges of a scheme at once, one reader a range.")
                       @QueryParam("until") UUID until,
                       @Parameter(description = "false: leave the scheme uncounted (total is then -1), for a reader that knows it"
                               + " from its first page; counting costs a pass over the scheme's people on every page")
                       @QueryParam("count") @DefaultValue("true") boolean count) {
        LocalDate today = LocalDate.now();
        LocalDate on = asOf == null ? today : asOf;
        if (on.isAfter(today)) {
            throw ProblemException.invalid("asOf", "must not be in the future");
        }
        LocalDate since = from == null ? on.minusMonths(12) : from;
        if (since.isAfter(on)) {
            throw ProblemException.invalid("from", "must not be after asOf");
        }
        return feed.page(schemeId, on, since, page, size, after, until, count);
    }
}
