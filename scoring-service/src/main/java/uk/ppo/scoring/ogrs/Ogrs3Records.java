package uk.ppo.scoring.ogrs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** API types of the ogrs3 resource: request and response kept apart, never the entity. */
public final class Ogrs3Records {

    private Ogrs3Records() {
    }

    @Schema(name = "Ogrs3Result")
    public record Ogrs3Response(@Schema(example = "10.7") BigDecimal oneYearPercent,
                                @Schema(example = "19.8") BigDecimal twoYearPercent,
                                @Schema(example = "LOW") Ogrs3.Band band) {
        public static Ogrs3Response of(Ogrs3.Result r) {
            return new Ogrs3Response(r.oneYearPercent(), r.twoYearPercent(), r.band());
        }
    }
}
