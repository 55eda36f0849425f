package uk.ppo.scoring.run;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.common.security.Roles;
import uk.ppo.scoring.asset.Agency;
import uk.ppo.scoring.offender.Scopes;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/scoring")
@Tag(name = "Score runs", description = "Score a scheme's members and nominees, rank them per strand, submit nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class RunResource {

    private static final int UUID_LENGTH = 36;

    private final RunQueue queue;
    private final VisibleRuns runs;
    private final ProposalSubmission submission;
    private final BaselineService baselines;
    private final Scopes scopes;
    private final Caller caller;
    private final JsonWebToken token;

    RunResource(RunQueue queue, VisibleRuns runs, ProposalSubmission submission, BaselineService baselines, Scopes scopes,
                Caller caller, JsonWebToken token) {
        this.queue = queue;
        this.runs = runs;
        this.submission = submission;
        this.baselines = baselines;
        this.scopes = scopes;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @Path("/runs")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "startScoreRun", summary = "Start a score run for a scheme and date; it runs in the background (poll the run)",
            description = "Scores every member and nominee of the scheme with the matrix version active for it, then ranks them per strand."
                    + " Coordinators of the scheme only; every score stored is a new, explained row.")
    @APIResponse(responseCode = "202", description = "Queued; Location names the run",
            headers = @Header(name = "Location", description = "The run to poll", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunRecords.RunView.class)))
    @APIResponse(responseCode = "400", description = "asOf in the future or ccSize below 1 or above 500")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes (the same answer)")
    @APIResponse(responseCode = "409", description = "A run of this scheme is already queued or running")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say what the scheme is")
    public Response start(@Valid @NotNull RunRecords.StartRun request) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate asOf = request.asOf() == null ? today : request.asOf();
        if (asOf.isAfter(today)) {
            throw ProblemException.invalid("asOf", "must not be in the future");
        }
        String code = scopes.requireScheme(request.schemeId());
        ScoreRun run = queue.queue(request.schemeId(), code, asOf, request.ccSize() == null ? ProposalRules.CC_RR_MIN : request.ccSize(),
                Actor.of(caller));
        queue.launch();
        return Response.accepted(RunRecords.RunView.of(run)).location(URI.create("/api/v1/scoring/runs/" + run.id())).build();
    }

    @GET
    @Path("/runs/{id}")
    @Operation(operationId = "getScoreRun", summary = "A run's status and progress (people scored of total, percent, people per second), its failure reason or totals",
            description = "Poll this after starting a run. Admins and coordinators of the run's scheme.")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such run, or of a scheme outside the caller's")
    public RunRecords.RunView get(@PathParam("id") UUID id) {
        return RunRecords.RunView.of(runs.visible(id));
    }

    @POST
    @Path("/runs/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "cancelScoreRun", summary = "Cancel a queued or running run: it stops at its next page and stores nothing",
            description = "The run becomes CANCELLED at once; the replica working it notices at its next page or lease renewal and"
                    + " stops without storing a score or a proposal. Admins and coordinators of the run's scheme; audited.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "No such run, or of a scheme outside the caller's")
    @APIResponse(responseCode = "409", description = "The run has already finished (completed, failed or cancelled)")
    public RunRecords.RunView cancel(@PathParam("id") UUID id) {
        runs.visible(id);
        return RunRecords.RunView.of(queue.cancel(id, caller.username()));
    }

    @GET
    @Path("/runs")
    @Operation(operationId = "listScoreRuns", summary = "A scheme's runs, newest first; empty for a scheme outside the caller's, as for an unknown one",
            description = "Admins and coordinators. schemeId is required.")
    @APIResponse(responseCode = "200", description = "The runs, newest first")
    @APIResponse(responseCode = "400", description = "schemeId missing")
    public List<RunRecords.RunView> list(@QueryParam("schemeId") @Parameter(required = true) UUID schemeId) {
        if (schemeId == null) {
            throw ProblemException.invalid("schemeId", "is required");
        }
        return runs.ofScheme(schemeId).stream().map(RunRecords.RunView::of).toList();
    }

    @GET
    @Path("/runs/{id}/proposal")
    @Operation(operationId = "getProposal", summary = "The run's ranked proposal per strand: join, stay, leave; ties at the cut-off; provisional scores",
            description = "P&D ranked by ASSET score, C&C by matrix score. Admins and coordinators of the run's scheme.")
    @APIResponse(responseCode = "200", description = "The proposal")
    @APIResponse(responseCode = "404", description = "No such run, or of a scheme outside the caller's")
    @APIResponse(responseCode = "409", description = "The run has not completed")
    public RunRecords.ProposalView proposal(@PathParam("id") UUID id) {
        ScoreRun run = runs.visible(id);
        return RunRecords.ProposalView.of(run, runs.proposal(id));
    }

    @POST
    @Path("/runs/{id}/proposal/submission")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "submitProposal", summary = "Approve the proposal: nominate every JOIN (not excluded) in offender-service, as the coordinator; the panel decides there",
            description = "Coordinators of the run's scheme, with a partner agency in their token. Submitting again after a 503 continues where it stopped.")
    @APIResponse(responseCode = "400", description = "The token carries no partner agency, or exclude is not a list of UUIDs")
    @APIResponse(responseCode = "200", description = "Nominations made (and those already pending)")
    @APIResponse(responseCode = "404", description = "No such run, or of a scheme outside the caller's")
    @APIResponse(responseCode = "409", description = "The run has not completed, or its proposal was already submitted")
    @APIResponse(responseCode = "503", description = "offender-service unavailable: the nominations made so far are kept, submit again to continue")
    public RunRecords.SubmitView submit(@PathParam("id") UUID id, @Valid RunRecords.Submit request) {
        runs.visible(id);
        String agency = caller.agency() == null ? "" : caller.agency().toUpperCase(Locale.ROOT);
        if (Arrays.stream(Agency.values()).noneMatch(a -> a.name().equals(agency))) {
            throw ProblemException.invalid("agency", "the token carries no partner agency to nominate as");
        }
        Set<UUID> exclude = request == null || request.exclude() == null ? Set.of() : new HashSet<>(request.exclude());
        ProposalSubmission.Result result = submission.submit(id, exclude, token.getRawToken(), agency, caller.username());
        return new RunRecords.SubmitView(RunRecords.RunView.of(result.run()), result.nominated(), result.alreadyPending(), result.excluded());
    }

    @PUT
    @Path("/schemes/{schemeId}/baseline")
    @Operation(operationId = "recordSchemeBaseline", summary = "Record (or replace) the scheme's trend baseline: cohort total score, P&D ASSET total, the date taken and the six-monthly reduction target",
            description = "The cohort trend is measured against it. Admins and coordinators of the scheme.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A negative total, a future date, a target outside 0-100 or a malformed scheme id, named in the problem")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to describe the scheme")
    public RunRecords.BaselineView recordBaseline(@PathParam("schemeId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                                                          maxLength = UUID_LENGTH)) String schemeId, @Valid @NotNull RunRecords.RecordBaseline request) {
        UUID id = schemeId(schemeId);
        String code = scopes.requireScheme(id);
        return RunRecords.BaselineView.of(baselines.record(id, code, request, caller.username()));
    }

    @GET
    @Path("/schemes/{schemeId}/baseline")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST})
    @Operation(operationId = "getSchemeBaseline", summary = "The scheme's trend baseline",
            description = "Admins, coordinators and analysts of the scheme.")
    @APIResponse(responseCode = "200", description = "The baseline")
    @APIResponse(responseCode = "400", description = "A malformed scheme id")
    @APIResponse(responseCode = "404", description = "No such scheme or one outside the caller's (the same answer), or no baseline recorded")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say what the scheme is")
    public RunRecords.BaselineView baseline(@PathParam("schemeId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                                                maxLength = UUID_LENGTH)) String schemeId) {
        UUID id = schemeId(schemeId);
        scopes.requireScheme(id);
        return baselines.of(id).map(RunRecords.BaselineView::of)
                .orElseThrow(() -> ProblemException.notFound("No baseline recorded for scheme " + id));
    }

    @GET
    @Path("/schemes/{schemeId}/trends")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST})
    @Operation(operationId = "getCohortTrend", summary = "The scheme's cohort total matrix score and P&D ASSET total per completed run, with the change from the run before and, once a baseline is recorded, the change since the baseline and whether the six-monthly target is met",
            description = "Aggregates only, no person. Admins, coordinators and analysts of the scheme.")
    @APIResponse(responseCode = "200", description = "The trend, oldest run first")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes (the same answer)")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say what the scheme is")
    public List<RunRecords.TrendPoint> trend(@PathParam("schemeId") UUID schemeId) {
        scopes.requireScheme(schemeId);
        return CohortTrend.of(baselines.of(schemeId).orElse(null), runs.trend(schemeId));
    }

    private static UUID schemeId(String value) {
        try {
            if (value.length() != UUID_LENGTH) {
                throw new IllegalArgumentException(value);
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("schemeId", "must be a UUID");
        }
    }
}
