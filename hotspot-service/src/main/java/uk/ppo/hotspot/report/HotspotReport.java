package uk.ppo.hotspot.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.hotspot.threshold.RagThresholds;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

@Schema(name = "HotspotReport", description = "Incidents per area over a window of months, with rates, RAG, change and share")
public record HotspotReport(
        @Schema(example = "WARD") ReportLevel level,
        @Schema(description = "First month of the window", example = "2025-01", implementation = String.class) YearMonth from,
        @Schema(description = "Last month of the window, included; rates are for the whole window, not annualised",
                example = "2025-12", implementation = String.class) YearMonth to,
        @Schema(description = "The police.uk crime types counted") List<String> crimeTypes,
        @Schema(description = "Areas by rate, highest first") List<AreaRow> areas) {

    @Schema(name = "HotspotArea")
    public record AreaRow(
            @Schema(example = "E05011588") String code,
            @Schema(example = "Devonshire") String name,
            @Schema(description = "Incidents in the window", example = "2104") long count,
            @Schema(example = "10503") Integer population,
            @Schema(description = "Incidents per 1,000 residents over the window, two decimals", example = "200.32") BigDecimal ratePer1000,
            @Schema(description = "Band by the partnership's thresholds; null without a population") RagThresholds.Rag rag,
            @Schema(description = "Incidents in the previous window of equal length", example = "1980") long previousCount,
            @Schema(description = "Change against the previous window in %; null when it had none", example = "6.26") BigDecimal changePercent,
            @Schema(description = "Share of all incidents in the report, in %", example = "3.85") BigDecimal share) {
    }
}
