package uk.ppo.scoring.asset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** API types of the asset resource: request and response kept apart, never the entity. */
public final class AssetRecords {

    private AssetRecords() {
    }

    @Schema(name = "RecordAssetAssessment")
    public record RecordAssessment(
            @NotNull @Min(0) @Max(AssetRules.MAX_SCORE) @Schema(example = "27") Integer score,
            @NotNull @Schema(description = "Risk of serious harm finding") Boolean rosh,
            @NotNull @Schema(example = "2026-10-02") LocalDate assessedOn,
            @NotNull @Schema(example = "YOS") Agency assessorAgency) {
    }

    @Schema(name = "AssetAssessment")
    public record AssessmentView(UUID id, UUID personId, int score, boolean rosh, AssetRules.Band band,
                                 @Schema(description = "score > 21 or RoSH") boolean preventAndDeterEligible,
                                 LocalDate assessedOn, Agency assessorAgency, Instant recordedAt, String recordedBy) {
        static AssessmentView of(AssetAssessment a) {
            return new AssessmentView(a.id(), a.personId(), a.score(), a.rosh(), AssetRules.band(a.score()),
                    a.eligibleForPreventAndDeter(), a.assessedOn(), a.assessorAgency(), a.recordedAt(), a.recordedBy());
        }
    }
}
