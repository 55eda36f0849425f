package uk.ppo.hotspot.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** API types of the indicator count resource: request and response kept apart, never the entity. */
public final class IndicatorCountRecords {

    private IndicatorCountRecords() {
    }

    @Schema(name = "IndicatorCount", description = "Incidents of the crime types in the area's LSOAs over the months from..to"
            + " (both included), and the area's population for a rate per 1,000")
    public record IndicatorCount(@Schema(example = "E10000011") String areaCode, @Schema(example = "East Sussex") String areaName,
                                 @Schema(description = "Absent when the area has none", example = "545859") Integer population,
                                 @Schema(example = "2025-04") String from, @Schema(example = "2025-06") String to,
                                 List<String> crimeTypes, long count) {
    }
}
