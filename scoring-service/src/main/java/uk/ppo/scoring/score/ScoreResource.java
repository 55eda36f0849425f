package uk.ppo.scoring.score;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.scoring.score.ScoreRecords.HistoryView;
import uk.ppo.scoring.score.ScoreRecords.LatestView;
import uk.ppo.scoring.score.ScoreRecords.ScoreView;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/scoring")
@Tag(name = "Scores", description = "A person's explained scores and their history; every read is audited")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class ScoreResource {

    private final ScoreService scores;

    ScoreResource(ScoreService scores) {
        this.scores = scores;
    }

    @GET
    @Path("/people/{personId}/scores/latest")
    @Operation(operationId = "getLatestScore", summary = "A person's newest score, explained line by line",
            description = "Admins, coordinators and offender managers of the person's scheme; every read is audited.")
    @APIResponse(responseCode = "200", description = "The newest score")
    @APIResponse(responseCode = "404", description = "No such person or one outside the caller's schemes (the same answer), or never scored")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say which scheme the person is in")
    public LatestView latest(@PathParam("personId") UUID personId) {
        Score s = scores.latest(personId);
        return new LatestView(s.personId(), s.total(), s.matrixVersionNumber(), s.scoredAt(), s.runId(), s.provisional(),
                ScoreJson.lines(s.linesJson()), ScoreJson.excluded(s.excludedJson()));
    }

    @GET
    @Path("/people/{personId}/scores")
    @Operation(operationId = "getScoreHistory", summary = "A person's scores, newest first, each with the reason it changed",
            description = "Admins, coordinators and offender managers of the person's scheme; every read is audited.")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such person or one outside the caller's schemes (the same answer), or never scored")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say which scheme the person is in")
    public List<HistoryView> history(@PathParam("personId") UUID personId) {
        return scores.history(personId).stream().map(s -> new HistoryView(s.id(), s.runId(), s.asOf(), s.scoredAt(), s.total(),
                s.matrixVersionNumber(), s.provisional(), s.provisionalReasons(), s.changeReason())).toList();
    }

    @GET
    @Path("/scores/{scoreId}")
    @Operation(operationId = "getScore", summary = "One score with the inputs it was computed from",
            description = "The score's lines and the data offender-service sent for it on the run's date. Admins, coordinators and"
                    + " offender managers of the person's current scheme; every read is audited.")
    @APIResponse(responseCode = "200", description = "The score")
    @APIResponse(responseCode = "404", description = "No such score, or of a person now outside the caller's schemes (the same answer)")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say which scheme the person is in")
    public ScoreView one(@PathParam("scoreId") UUID scoreId) {
        Score s = scores.one(scoreId);
        return new ScoreView(s.id(), s.personId(), s.runId(), s.asOf(), s.scoredAt(), s.total(), s.matrixVersionNumber(),
                s.provisional(), s.provisionalReasons(), s.changeReason(), ScoreJson.lines(s.linesJson()),
                ScoreJson.excluded(s.excludedJson()), ScoreJson.inputs(s.inputsJson()));
    }
}
