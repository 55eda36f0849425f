package uk.ppo.hotspot.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.util.List;

/**
 * Why an import job failed, as the problem a synchronous import answered (kept on the job row, so that the deprecated
 * {@code POST /incidents/import} answers it again from whichever replica ran the job).
 */
@Schema(name = "ImportFailure", description = "Why the import failed; nothing was stored")
public record ImportFailure(
        @Schema(description = "The problem's HTTP status, as the deprecated synchronous import answers it", example = "400") int status,
        @Schema(description = "The kind of problem", example = "Invalid input") String title,
        @Schema(description = "What went wrong", example = "1 row(s) are invalid, nothing was imported (first at line 3: ...)") String detail,
        @Schema(description = "The rejected lines (first 100) or the part of the upload at fault") List<Problem.Violation> violations) {

    static ImportFailure of(ProblemException problem) {
        return new ImportFailure(problem.type().status(), problem.type().title(), problem.getMessage(), problem.violations());
    }

    static ImportFailure unexpected() {
        ProblemType type = ProblemType.INTERNAL_ERROR;
        return new ImportFailure(type.status(), type.title(), "The import failed unexpectedly; nothing was stored. Submit it again", List.of());
    }

    ProblemException asProblem() {
        return new ProblemException(ProblemType.forStatus(status), detail, violations == null ? List.of() : violations);
    }
}
