package uk.ppo.scoring.score;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.scoring.engine.ScoreResult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of the score resource: request and response kept apart, never the entity. */
public final class ScoreRecords {

    private ScoreRecords() {
    }

    @Schema(name = "LatestScore")
    public record LatestView(UUID personId, @Schema(example = "94") int total, @Schema(example = "1") int matrixVersion,
                             Instant scoredAt, UUID runId,
                             @Schema(description = "Data was incomplete when scored (e.g. no ASSET assessment)") boolean provisional,
                             List<ScoreResult.Line> lines, List<ScoreResult.Excluded> excluded) {
    }

    @Schema(name = "ScoreHistoryEntry")
    public record HistoryView(UUID scoreId, UUID runId, LocalDate asOf, Instant scoredAt, int total, int matrixVersion,
                              boolean provisional, @Schema(example = "NO_ASSET_ASSESSMENT") String provisionalReasons,
                              @Schema(description = "What changed since the score before", example = "Rose from 20 to 34: BURGLARY_DWELLING +8, INTELLIGENCE_0_TO_28_DAYS +5")
                              String reason) {
    }

    @Schema(name = "ScoreWithInputs")
    public record ScoreView(UUID scoreId, UUID personId, UUID runId, LocalDate asOf, Instant scoredAt, int total, int matrixVersion,
                            boolean provisional, String provisionalReasons, String reason, List<ScoreResult.Line> lines,
                            List<ScoreResult.Excluded> excluded, @Schema(description = "What the score was computed from") ScoringInputs inputs) {
    }
}
