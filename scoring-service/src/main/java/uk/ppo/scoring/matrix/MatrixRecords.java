package uk.ppo.scoring.matrix;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API types of the matrix resource: request and response kept apart, never the entity. */
final class MatrixRecords {

    /** The most bands a band list may have (as {@link MatrixValidator} checks). */
    static final int MAX_BANDS = 20;

    private MatrixRecords() {
    }

    @Schema(name = "CreateMatrixVersion", description = "A new draft version of the scoring matrix. Every rule part is optional: "
            + "map entries given override the Home Office default's, bands given replace its bands.")
    record CreateMatrixVersion(
            @NotBlank @Size(max = 120)
            @Schema(example = "PPO prioritisation matrix 2011")
            String name,
            @Size(max = 1000)
            @Schema(description = "What changed from the version before",
                    example = "Adds weighting for acquisitive offences committed while on licence")
            String description,
            @NotNull
            @Min(value = MatrixVersion.MIN_LOOK_BACK_MONTHS, message = "must be at least " + MatrixVersion.MIN_LOOK_BACK_MONTHS)
            @Max(value = MatrixVersion.MAX_LOOK_BACK_MONTHS, message = "must be at most " + MatrixVersion.MAX_LOOK_BACK_MONTHS)
            @Schema(description = "Months of offending history scored, 1 to 60", example = "12")
            Integer lookBackMonths,
            @Schema(description = "Points and multiplier per category (entries override the default)")
            Map<OffenceCategory, MatrixRules.@Valid CategoryRule> categories,
            @Schema(description = "Weight per offence status, 0 to 10 (default 1 each)")
            Map<OffenceStatus, @Min(0) @Max(MatrixValidator.MAX_WEIGHT) Integer> statusWeights,
            @Schema(description = "Points per offence with that victim type, 0 to 1000")
            Map<VictimType, @Min(value = 0, message = MatrixRules.NEGATIVE) @Max(value = MatrixRules.MAX_POINTS, message = MatrixRules.OVER_MAX_POINTS) Integer> victimPoints,
            @Min(value = 0, message = MatrixRules.NEGATIVE) @Max(value = MatrixRules.MAX_POINTS, message = MatrixRules.OVER_MAX_POINTS) @Schema(example = "5") Integer oasysPoints,
            @Min(0) @Max(100) @Schema(example = "75") Integer ogrsThresholdPercent,
            @Size(max = MAX_BANDS) List<MatrixRules.@Valid Band> intelligenceBands,
            @Size(max = MAX_BANDS) List<MatrixRules.@Valid Band> serialBands,
            @Schema(description = "Points per impact level, 0 to 1000")
            Map<ImpactLevel, @Min(value = 0, message = MatrixRules.NEGATIVE) @Max(value = MatrixRules.MAX_POINTS, message = MatrixRules.OVER_MAX_POINTS) Integer> impactPoints,
            Map<OffenceCategory, ImpactLevel> impactLevels) {

        /** The rules this request describes, on top of the Home Office default. */
        MatrixRules rules() {
            MatrixRules d = MatrixRules.homeOfficeDefault();
            return new MatrixRules(lookBackMonths, merge(d.categories(), categories, OffenceCategory.class),
                    merge(d.statusWeights(), statusWeights, OffenceStatus.class), merge(d.victimPoints(), victimPoints, VictimType.class),
                    oasysPoints == null ? d.oasysPoints() : oasysPoints,
                    ogrsThresholdPercent == null ? d.ogrsThresholdPercent() : ogrsThresholdPercent,
                    intelligenceBands == null ? d.intelligenceBands() : intelligenceBands,
                    serialBands == null ? d.serialBands() : serialBands,
                    merge(d.impactPoints(), impactPoints, ImpactLevel.class), merge(d.impactLevels(), impactLevels, OffenceCategory.class));
        }

        private static <K extends Enum<K>, V> Map<K, V> merge(Map<K, V> defaults, Map<K, V> given, Class<K> type) {
            Map<K, V> merged = new EnumMap<>(type);
            merged.putAll(defaults);
            if (given != null) {
                merged.putAll(given);
            }
            return merged;
        }
    }

    @Schema(name = "ActivateMatrixVersion", description = "Activate for one scheme, or for every scheme without its own when schemeId is absent")
    record Activate(@Schema(example = "5b0f0a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b") UUID schemeId) {
    }

    @Schema(name = "MatrixVersion")
    record MatrixVersionView(
            @Schema(example = "0b6d3c1e-4a8f-4e27-9d15-5c2f7a9e0001") UUID id,
            @Schema(description = "Sequential version number, 1 for the default", example = "1") int versionNumber,
            @Schema(example = "Home Office PPO prioritisation matrix (default)") String name,
            @Schema(example = "Adds weighting for acquisitive offences committed while on licence") String description,
            @Schema(description = "Months of offending history scored", example = "12") int lookBackMonths,
            @Schema(example = "ACTIVE") MatrixStatus status,
            @Schema(description = "True once activated or used by a score: the version can no longer change") boolean used,
            @Schema(description = "Version for If-Match", example = "0") long version,
            Instant createdAt,
            @Schema(example = "ada.admin") String createdBy,
            MatrixRules rules) {

        static MatrixVersionView of(MatrixVersion m) {
            return new MatrixVersionView(m.id(), m.versionNumber(), m.name(), m.description(), m.lookBackMonths(),
                    m.status(), m.used(), m.version(), m.createdAt(), m.createdBy(), m.rules());
        }
    }

    @Schema(name = "ActiveMatrix", description = "The version that scores for a scheme, and whether it is the scheme's own or the global one")
    record ActiveView(UUID schemeId, boolean schemeSpecific, MatrixVersionView matrix) {
    }
}
