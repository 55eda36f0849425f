package uk.ppo.scoring.engine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A matrix score explained: {@code total} is the sum of the lines' subtotals. */
public record ScoreResult(int total, List<Line> lines, List<Excluded> excluded) {

    /** One rule that gave points: subtotal = count × points × multiplier. */
    @Schema(name = "ScoreLine")
    public record Line(@Schema(example = "BURGLARY_DWELLING_SERIES") String rule,
                       @Schema(description = "Offences (weighted by status) or 1 for once-only rules", example = "2") int count,
                       @Schema(example = "5") int points,
                       @Schema(example = "6") int multiplier,
                       @Schema(example = "60") int subtotal) {
    }

    /** An offence that was not scored, and why (OUTSIDE_LOOK_BACK, AFTER_AS_OF). */
    @Schema(name = "ExcludedOffence")
    public record Excluded(String category, String status, LocalDate offenceDate,
                           @Schema(example = "OUTSIDE_LOOK_BACK") String reason) {
    }
}
