package uk.ppo.actionplan.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator with its latest period that has an actual (absent when none has one), for the board pack. */
@Schema(name = "IndicatorLatestPerformance")
public record IndicatorPerformanceView(IndicatorPerformance.IndicatorSummary indicator,
                                       @Schema(description = "The financial year of the latest period") String financialYear,
                                       IndicatorPerformance.PeriodPerformance latest) {
}
