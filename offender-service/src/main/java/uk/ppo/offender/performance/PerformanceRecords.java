package uk.ppo.offender.performance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.person.IomCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of the performance resource: request and response kept apart, never the entity. */
public final class PerformanceRecords {

    private PerformanceRecords() {
    }

    @Schema(name = "CreatePerformanceCohort")
    public record CreateCohort(
            @NotBlank @Size(max = 200) @Schema(example = "East Sussex PPO cohort 2009/10") String name,
            @NotEmpty @Size(max = 50) List<@NotNull UUID> schemeIds,
            @NotNull @Schema(example = "2009-02-01") LocalDate fixedOn,
            @NotNull @Schema(example = "2007-10-01") LocalDate baselineFrom,
            @NotNull @Schema(example = "2008-09-30") LocalDate baselineTo,
            @NotNull @Schema(example = "2009-04-01") LocalDate followUpFrom,
            @NotNull @Schema(example = "2010-03-31") LocalDate followUpTo,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(example = "22") BigDecimal targetReductionPercent,
            @Schema(description = "The IOM cohort measured; PPO when left out", defaultValue = "PPO") IomCategory category,
            @DecimalMin("0") @DecimalMax("100") @Schema(description = "A stretch (reward) target beyond the target, e.g. 26 beside 20",
                    example = "26") BigDecimal stretchReductionPercent) {
    }

    @Schema(name = "PerformanceCohortCreated")
    public record CohortCreated(UUID id, long members) {
    }

    @Schema(name = "PerformanceQuarter")
    public record QuarterView(int quarter, LocalDate from, LocalDate to, boolean complete, long offences, long cumulative,
                              @Schema(description = "Offences the year's target allows by the quarter's end (or asOf, in the running quarter), pro rata by days")
                              long proRataTarget,
                              @Schema(description = "cumulative is at most proRataTarget") boolean onTrack) {
    }

    @Schema(name = "PerformanceCohortReport", description = "Proven offences (convicted or admitted) by offence date; reductionPercent to one decimal."
            + " While the follow-up year runs, onTrack compares the offences so far with the pro-rata target; targetMet and"
            + " stretchMet are given only once it has ended")
    public record CohortReport(UUID id, String name, IomCategory category, LocalDate fixedOn, LocalDate baselineFrom, LocalDate baselineTo,
                               LocalDate followUpFrom, LocalDate followUpTo, BigDecimal targetReductionPercent,
                               BigDecimal stretchReductionPercent,
                               LocalDate asOf, long members,
                               @Schema(description = "Members' average months on the scheme (or in their IOM cohort) on the fixed date, to one decimal",
                                       example = "12.4") BigDecimal averageMonthsOnScheme,
                               long baselineOffences, long followUpOffences,
                               BigDecimal reductionPercent, long targetOffences,
                               @Schema(description = "The target pro rata to asOf, by days of the follow-up window") long proRataTargetOffences,
                               @Schema(description = "The follow-up window has ended by asOf") boolean followUpEnded,
                               @Schema(description = "While the follow-up year runs: offences so far at most the pro-rata target; absent once it has ended")
                               Boolean onTrack,
                               @Schema(description = "Once the follow-up year has ended: offences at most the target; absent before")
                               Boolean targetMet,
                               Long stretchTargetOffences,
                               @Schema(description = "Once ended, with a stretch target: offences at most the stretch target") Boolean stretchMet,
                               List<QuarterView> quarters) {
    }
}
