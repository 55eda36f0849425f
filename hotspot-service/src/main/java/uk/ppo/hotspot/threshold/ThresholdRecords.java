package uk.ppo.hotspot.threshold;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** API types of the threshold resource: request and response kept apart, never the entity. */
final class ThresholdRecords {

    private ThresholdRecords() {
    }

    @Schema(name = "SetThresholds")
    record SetThresholds(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 8, fraction = 2)
            @Schema(description = "RED from this rate per 1,000", example = "90") BigDecimal redFrom,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 8, fraction = 2)
            @Schema(description = "AMBER from this rate per 1,000 (below redFrom)", example = "50") BigDecimal amberFrom,
            @Schema(description = "The basis of both rates; default PER_1000_PER_YEAR. Reports judge an area on its rate on"
                    + " this basis", defaultValue = "PER_1000_PER_YEAR") RateBasis rateBasis) {
    }

    @Schema(name = "Thresholds")
    record ThresholdView(@Schema(example = "E07000062") String partnershipCode, BigDecimal redFrom,
                         BigDecimal amberFrom, @Schema(description = "What redFrom and amberFrom are rates of") RateBasis rateBasis,
                         String updatedBy, Instant updatedAt, long version) {
        static ThresholdView of(RagThreshold t) {
            RagThresholds r = t.thresholds();
            return new ThresholdView(t.partnershipCode(), r.redFrom(), r.amberFrom(), r.basis(), t.updatedBy(),
                    t.updatedAt(), t.version());
        }
    }

    @Schema(name = "ThresholdList")
    record ThresholdList(@Schema(description = "Used where no partnership has set its own") ThresholdView defaults,
                         List<ThresholdView> partnerships) {
    }
}
