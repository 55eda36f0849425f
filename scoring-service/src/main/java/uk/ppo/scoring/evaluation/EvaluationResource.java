package uk.ppo.scoring.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.security.Roles;
import uk.ppo.scoring.engine.ScoreInput;
import uk.ppo.scoring.engine.ScoreResult;
import uk.ppo.scoring.engine.ScoringEngine;
import uk.ppo.scoring.matrix.MatrixService;
import uk.ppo.scoring.matrix.MatrixVersion;
import uk.ppo.scoring.offender.Scopes;
import uk.ppo.scoring.ogrs.Ogrs3;
import uk.ppo.scoring.ogrs.Ogrs3Records;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/scoring/evaluations")
@Tag(name = "Evaluations", description = "Stateless what-if scoring for partner systems: explained line by line, nothing stored")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM, Roles.ANALYST})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class EvaluationResource {

    private final MatrixService matrices;
    private final Scopes scopes;

    EvaluationResource(MatrixService matrices, Scopes scopes) {
        this.matrices = matrices;
        this.scopes = scopes;
    }

    @POST
    @Operation(operationId = "evaluate", summary = "Score one person's offending with a matrix version and explain every point",
            description = "What-if scoring: nothing is stored and no person is named. Any scoring role and partner systems.")
    @APIResponse(responseCode = "200", description = "The explained score")
    @APIResponse(responseCode = "400", description = "Unknown codes, dates after asOf or in the future, unknown matrix version: named in violations")
    @APIResponse(responseCode = "404", description = "schemeId names no scheme, or one outside the caller's schemes (the same answer)")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say what the scheme named is")
    public EvaluationRecords.EvaluationResponse evaluate(@Valid @NotNull EvaluationRecords.EvaluationRequest request) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate asOf = request.asOf();
        List<Problem.Violation> problems = new ArrayList<>();
        if (asOf.isAfter(today)) {
            problems.add(new Problem.Violation("asOf", "must not be in the future"));
        }
        List<ScoreInput.Offence> offences = new ArrayList<>(request.offences().size());
        for (int i = 0; i < request.offences().size(); i++) {
            EvaluationRecords.OffenceIn o = request.offences().get(i);
            if (o.offenceDate().isAfter(asOf)) {
                problems.add(new Problem.Violation("offences[" + i + "].offenceDate", "must not be after asOf"));
            }
            offences.add(new ScoreInput.Offence(o.category(), o.status(), o.offenceDate(),
                    o.victimTypes() == null ? List.of() : List.copyOf(o.victimTypes())));
        }
        List<LocalDate> intelligence = request.intelligenceDates() == null ? List.of() : request.intelligenceDates();
        for (int i = 0; i < intelligence.size(); i++) {
            if (intelligence.get(i).isAfter(asOf)) {
                problems.add(new Problem.Violation("intelligenceDates[" + i + "]", "must not be after asOf"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, problems.get(0).field() + ": " + problems.get(0).message(), problems);
        }
        if (request.schemeId() != null) {
            scopes.requireScheme(request.schemeId());
        }
        Ogrs3.Result ogrs = request.ogrs3() == null ? null : Ogrs3.score(request.ogrs3().toInput("ogrs3.", today));
        MatrixVersion version = request.matrixVersion() != null ? matrices.byNumber(request.matrixVersion())
                : matrices.activeFor(request.schemeId());
        ScoreResult result = new ScoringEngine(version.rules()).score(new ScoreInput(asOf, offences, intelligence,
                request.oasysHigh(), ogrs == null ? null : ogrs.twoYearExact(), request.pncMarker()));
        return new EvaluationRecords.EvaluationResponse(result.total(), version.versionNumber(), result.lines(), result.excluded(),
                ogrs == null ? null : Ogrs3Records.Ogrs3Response.of(ogrs), request.pncMarker());
    }
}
