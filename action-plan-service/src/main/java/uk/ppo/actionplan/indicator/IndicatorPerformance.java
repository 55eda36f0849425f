package uk.ppo.actionplan.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An indicator's performance over a financial year, period by period: what {@code GET /api/v1/indicators/{id}/performance}
 * answers and what {@link IndicatorService#performance} gives the board pack.
 */
@Schema(name = "IndicatorPerformance", description = "Per period: actual, year-to-date (counts), the pro-rata target line,"
        + " on track, RAG and the change on the same period last year. Polarity applies throughout. A count's year-to-date"
        + " is compared with the year's target × the share of the year elapsed (213 ⇒ Q1 53.25); a rate, percentage or ratio,"
        + " and any rolling or whole year, with the target itself. RAG: GREEN on track; AMBER off track by at most"
        + " amberTolerancePercent of the line; RED beyond")
public record IndicatorPerformance(IndicatorSummary indicator,
                                   @Schema(example = "2010/11") String financialYear,
                                   @Schema(description = "The year's target; absent when none is set") BigDecimal yearTarget,
                                   BigDecimal yearStretchTarget,
                                   BigDecimal amberTolerancePercent,
                                   List<PeriodPerformance> periods) {

    @Schema(name = "IndicatorSummary")
    public record IndicatorSummary(UUID id, String partnership, String code, String title, String unit, Polarity polarity,
                                   IndicatorKind kind, Frequency frequency, String leadOrganisation, String leadJobTitle) {

        static IndicatorSummary of(Indicator i) {
            return new IndicatorSummary(i.id(), i.partnership(), i.code(), i.title(), i.unit(), i.polarity(), i.kind(), i.frequency(),
                    i.leadOrganisation(), i.leadJobTitle());
        }
    }

    @Schema(name = "IndicatorPeriodPerformance")
    public record PeriodPerformance(
            @Schema(example = "2010/11 Q1") String period, LocalDate from, LocalDate to,
            @Schema(description = "Absent when no actual is recorded") BigDecimal actual,
            @Schema(description = "Counts by quarter or month: the year to date; absent after a period with no actual") BigDecimal cumulative,
            @Schema(description = "The target line the measure is compared with") BigDecimal target,
            BigDecimal stretchTarget,
            @Schema(description = "Absent without an actual or a target") Boolean onTrack,
            Boolean stretchOnTrack,
            IndicatorArithmetic.Rag rag,
            BigDecimal predicted,
            @Schema(description = "How much better than predicted, percent of the predicted (negative: worse)") BigDecimal betterThanPredictedPercent,
            @Schema(description = "An actual (or, for a ratio indicator, the ratio itself) against what was predicted")
            IndicatorArithmetic.AgainstPredicted againstPredicted,
            LastYear lastYear,
            boolean computed,
            String source) {
    }

    @Schema(name = "IndicatorChangeOnLastYear", description = "The same period a year earlier and the change since")
    public record LastYear(@Schema(example = "2009/10 Q1") String period, BigDecimal actual, BigDecimal change,
                           @Schema(description = "Percent of last year's figure, one decimal") BigDecimal changePercent,
                           @Schema(description = "The change is for the better, by the indicator's polarity") Boolean improved) {
    }
}
