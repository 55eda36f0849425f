package uk.ppo.hotspot.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.hotspot.threshold.RagThresholds;
import uk.ppo.hotspot.threshold.RateBasis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

@Schema(name = "HotspotReport", description = "Incidents per area over a window of months, with rates per 1,000 for the"
        + " window and per year, RAG, change and share")
public record HotspotReport(
        @Schema(example = "WARD") ReportLevel level,
        @Schema(description = "First month of the window", example = "2025-01", implementation = String.class, pattern = Window.MONTH_PATTERN, maxLength = Window.MONTH_LENGTH) YearMonth from,
        @Schema(description = "Last month of the window, included", example = "2025-06", implementation = String.class, pattern = Window.MONTH_PATTERN, maxLength = Window.MONTH_LENGTH) YearMonth to,
        @Schema(description = "Months in the window, both ends included", example = "6") long monthsInWindow,
        @Schema(description = "The basis rates are compared and sorted on: PER_1000_PER_YEAR, the window's rate"
                + " annualised (× 12 ÷ monthsInWindow)", example = "PER_1000_PER_YEAR") RateBasis rateBasis,
        @Schema(description = "The police.uk crime types counted") List<String> crimeTypes,
        @Schema(description = "Areas by rate, highest first") List<AreaRow> areas) {

    @Schema(name = "HotspotArea")
    public record AreaRow(
            @Schema(example = "E05011588") String code,
            @Schema(example = "Devonshire") String name,
            @Schema(description = "Incidents in the window", example = "1052") long count,
            @Schema(example = "10503") Integer population,
            @Schema(description = "Incidents per 1,000 residents over the window as it is (count ÷ population × 1,000),"
                    + " two decimals; null without a population", example = "100.16") BigDecimal ratePer1000InWindow,
            @Schema(description = "Incidents per 1,000 residents per year (count ÷ population × 1,000 × 12 ÷"
                    + " monthsInWindow), two decimals; null without a population", example = "200.32") BigDecimal ratePer1000PerYear,
            @Schema(description = "Band by the partnership's thresholds, judged on the rate of their basis; null without"
                    + " a population") RagThresholds.Rag rag,
            @Schema(description = "The basis of the thresholds that gave rag", example = "PER_1000_PER_YEAR") RateBasis ragBasis,
            @Schema(description = "Incidents in the previous window of equal length", example = "990") long previousCount,
            @Schema(description = "Change against the previous window in %; null when it had none", example = "6.26") BigDecimal changePercent,
            @Schema(description = "Share of all incidents in the report, in %", example = "3.85") BigDecimal share) {
    }
}
