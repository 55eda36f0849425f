package uk.ppo.scoring.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.scoring.engine.ScoreResult;
import uk.ppo.scoring.matrix.OffenceCategory;
import uk.ppo.scoring.matrix.OffenceStatus;
import uk.ppo.scoring.matrix.VictimType;
import uk.ppo.scoring.ogrs.Ogrs3Records;
import uk.ppo.scoring.ogrs.Ogrs3Request;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

final class EvaluationRecords {

    private EvaluationRecords() {
    }

    @Schema(name = "EvaluationRequest", description = "One person's offending as of a date; nothing is stored")
    record EvaluationRequest(
            @NotNull @Schema(example = "2026-11-01") LocalDate asOf,
            @NotNull @Size(max = 2000) List<@Valid @NotNull OffenceIn> offences,
            @Size(max = 2000) List<@NotNull LocalDate> intelligenceDates,
            @Schema(description = "A partner recorded an OASys high-risk finding") boolean oasysHigh,
            @Valid @Schema(description = "Optional: OGRS3 inputs; a 2-year score at or above the version's threshold adds the OASys/OGRS line") Ogrs3Request ogrs3,
            @Schema(description = "PNC marker yes/no, as on the printed form (recorded, not scored)") boolean pncMarker,
            @Min(1) @Max(100000) @Schema(description = "A matrix version number; default the active one (for schemeId, else global)", example = "1") Integer matrixVersion,
            @Schema(description = "Use the version active for this scheme") UUID schemeId) {
    }

    @Schema(name = "EvaluationOffence")
    record OffenceIn(@NotNull OffenceCategory category, @NotNull OffenceStatus status,
                     @NotNull @Schema(example = "2026-09-14") LocalDate offenceDate,
                     @Size(max = 3) List<@NotNull VictimType> victimTypes) {
    }

    @Schema(name = "Evaluation", description = "total is the sum of the lines' subtotals")
    record EvaluationResponse(@Schema(example = "94") int total, @Schema(example = "1") int matrixVersion,
                              List<ScoreResult.Line> lines, List<ScoreResult.Excluded> excluded,
                              @Schema(description = "The OGRS3 result when its inputs were given") Ogrs3Records.Ogrs3Response ogrs3,
                              boolean pncMarker) {
    }
}
