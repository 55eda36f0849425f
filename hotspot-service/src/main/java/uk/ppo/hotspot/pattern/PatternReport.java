package uk.ppo.hotspot.pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.hotspot.report.Window;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

@Schema(name = "PatternReport", description = "Monthly series, seasonal profile and hour-of-week profile for one area")
public record PatternReport(
        @Schema(example = "E07000062") String area,
        @Schema(example = "Hastings") String name,
        @Schema(implementation = String.class, pattern = Window.MONTH_PATTERN, maxLength = Window.MONTH_LENGTH, example = "2025-01") YearMonth from,
        @Schema(implementation = String.class, pattern = Window.MONTH_PATTERN, maxLength = Window.MONTH_LENGTH, example = "2025-12") YearMonth to,
        List<String> crimeTypes,
        @Schema(description = "Every month of the window") List<Seasonality.MonthCount> monthly,
        @Schema(description = "Each calendar month's average and its index against the average month") List<Seasonality.SeasonalMonth> seasonal,
        @Schema(description = "Incidents with a time of day (pushed by partner systems; open data has months only)") long timedIncidents,
        @Schema(description = "Share of timed incidents between 20:00 and 04:00 UK time, in %; null without timed incidents") BigDecimal nightTimeShare,
        @Schema(description = "Timed incidents by day of week and hour (UK time); empty bins left out") List<Seasonality.HourBin> hourOfWeek) {
}
