package uk.ppo.hotspot.gistar;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "GiStarAnalysis", description = "Getis-Ord Gi* hot and cold spots")
public record GiResult(
        @Schema(example = "GRID") String level,
        @Schema(description = "The spatial weights used (binary, self-inclusive)", example = "grid 250 m: cells within one cell (queen), self included")
        String weights,
        @Schema(description = "By z-score, hottest first") List<Row> results) {

    @Schema(name = "GiStarResult")
    public record Row(
            @Schema(description = "Area code, or grid cell G<size>:<column>:<row>", example = "E05011204") String code,
            @Schema(description = "The value analysed: rate per 1,000 per year or count for areas, count for grid cells", example = "314.09") double value,
            @Schema(description = "Gi* z-score; null when undefined (all values equal)", example = "3.12") Double z,
            @Schema(description = "Two-sided p-value (normal approximation)", example = "0.0018") Double p,
            @Schema(example = "HOT_99") Significance.Classification classification,
            @JsonIgnore @Schema(hidden = true) Double latitude,
            @JsonIgnore @Schema(hidden = true) Double longitude,
            @JsonIgnore @Schema(hidden = true) String geometry) {
    }
}
