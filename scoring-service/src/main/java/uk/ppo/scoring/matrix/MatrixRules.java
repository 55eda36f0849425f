package uk.ppo.scoring.matrix;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a matrix version decides, as data. Pure: no CDI, no database. The default is the Home
 * Office PPO prioritisation matrix.
 */
@Schema(name = "MatrixRules", description = "Points, multipliers, weights and bands of one matrix version")
public record MatrixRules(
        @Schema(description = "Months of offending history scored, 1 to 60", example = "12")
        int lookBackMonths,
        @Schema(description = "Points and multiplier per crime category; every category must be present")
        Map<OffenceCategory, CategoryRule> categories,
        @Schema(description = "Weight of an offence by status (0 to 10); default 1 each")
        Map<OffenceStatus, Integer> statusWeights,
        @Schema(description = "Points per offence with that victim type")
        Map<VictimType, Integer> victimPoints,
        @Schema(description = "Points, once, for an OASys high-risk finding or an OGRS3 2-year score at or above the threshold", example = "5")
        int oasysPoints,
        @Schema(description = "2-year OGRS3 percentage from which the OASys/OGRS line applies", example = "75")
        int ogrsThresholdPercent,
        @Schema(description = "Points by the age in days of the newest intelligence report; contiguous from 0, the last open-ended")
        List<Band> intelligenceBands,
        @Schema(description = "Points by the number of offences in the window; contiguous from 0, the last open-ended")
        List<Band> serialBands,
        @Schema(description = "Points per impact level (scored once, the highest that applies)")
        Map<ImpactLevel, Integer> impactPoints,
        @Schema(description = "The impact level of each crime category")
        Map<OffenceCategory, ImpactLevel> impactLevels) {

    /** The most points any line may give (as {@link MatrixValidator} checks). */
    public static final int MAX_POINTS = 1000;
    public static final int MAX_MULTIPLIER = 100;
    // the words MatrixValidator uses for the same rules, whichever check finds the value first
    static final String NEGATIVE = "must not be negative";
    static final String OVER_MAX_POINTS = "must be at most " + MAX_POINTS;
    static final String MULTIPLIER_RANGE = "must be between 1 and " + MAX_MULTIPLIER;
    /** Band ends: ages in days or counts of offences; 36,500 days is a hundred years. */
    public static final int MAX_BAND_END = 36_500;

    @Schema(name = "CategoryRule")
    public record CategoryRule(@Min(value = 0, message = NEGATIVE) @Max(value = MAX_POINTS, message = OVER_MAX_POINTS)
                               @Schema(example = "5") int points,
                               @Min(value = 1, message = MULTIPLIER_RANGE) @Max(value = MAX_MULTIPLIER, message = MULTIPLIER_RANGE)
                               @Schema(description = "1 when the category has no multiplier", example = "6") int multiplier) {
    }

    /** A band of ages or counts, both ends inclusive; {@code to} null means no upper end. */
    @Schema(name = "MatrixBand", description = "Points for an age in days (intelligence) or a count of offences (serial offending)"
            + " from..to, both included; to absent: no upper end")
    public record Band(@Min(0) @Max(MAX_BAND_END) @Schema(example = "0") int from,
                       @Min(0) @Max(MAX_BAND_END) @Schema(example = "28") Integer to,
                       @Min(value = 0, message = NEGATIVE) @Max(value = MAX_POINTS, message = OVER_MAX_POINTS)
                       @Schema(example = "5") int points) {

        public boolean contains(long value) {
            return value >= from && (to == null || value <= to);
        }
    }

    /** The matrix version 1 seeds: the Home Office default from DOMAIN.md. */
    public static MatrixRules homeOfficeDefault() {
        Map<OffenceCategory, CategoryRule> categories = new EnumMap<>(OffenceCategory.class);
        Map<OffenceCategory, ImpactLevel> impact = new EnumMap<>(OffenceCategory.class);
        put(categories, impact, OffenceCategory.BURGLARY_DWELLING_SERIES, 5, 6, ImpactLevel.MODERATE);
        put(categories, impact, OffenceCategory.BURGLARY_DWELLING, 4, 1, ImpactLevel.MODERATE);
        put(categories, impact, OffenceCategory.BURGLARY_OTHER_SERIES, 4, 5, ImpactLevel.MODERATE);
        put(categories, impact, OffenceCategory.BURGLARY_OTHER, 3, 1, ImpactLevel.MODERATE);
        put(categories, impact, OffenceCategory.HANDLING_STOLEN_GOODS, 3, 1, ImpactLevel.MODERATE);
        put(categories, impact, OffenceCategory.THEFT_OF_MOTOR_VEHICLE, 3, 4, ImpactLevel.MODERATE);
        put(categories, impact, OffenceCategory.THEFT_FROM_MOTOR_VEHICLE, 3, 4, ImpactLevel.MODERATE);
        put(categories, impact, OffenceCategory.TWOC, 3, 4, ImpactLevel.MODERATE);
        put(categories, impact, OffenceCategory.SHOPLIFTING, 2, 3, ImpactLevel.MODERATE);
        put(categories, impact, OffenceCategory.THEFT_OTHER, 1, 3, ImpactLevel.MODERATE);
        put(categories, impact, OffenceCategory.CARD_CHEQUE_FRAUD_SERIES, 2, 1, ImpactLevel.SLIGHT);
        put(categories, impact, OffenceCategory.ARSON, 3, 1, ImpactLevel.SLIGHT);
        put(categories, impact, OffenceCategory.CRIMINAL_DAMAGE, 2, 1, ImpactLevel.SLIGHT);
        put(categories, impact, OffenceCategory.ROBBERY, 5, 1, ImpactLevel.SERIOUS);
        put(categories, impact, OffenceCategory.SEXUAL_OFFENCE, 5, 1, ImpactLevel.SERIOUS);
        put(categories, impact, OffenceCategory.ASSAULT, 3, 1, ImpactLevel.SERIOUS);
        put(categories, impact, OffenceCategory.ASB_PUBLIC_ORDER, 3, 1, ImpactLevel.SLIGHT);
        put(categories, impact, OffenceCategory.ASB_BEGGING, 3, 1, ImpactLevel.SLIGHT);
        put(categories, impact, OffenceCategory.ASB_CRIMINAL_DAMAGE, 2, 1, ImpactLevel.SLIGHT);
        put(categories, impact, OffenceCategory.ASB_DRUNK_DRUGS, 2, 1, ImpactLevel.SLIGHT);
        Map<OffenceStatus, Integer> weights = new EnumMap<>(OffenceStatus.class);
        for (OffenceStatus s : OffenceStatus.values()) {
            weights.put(s, 1);
        }
        Map<VictimType, Integer> victims = new EnumMap<>(VictimType.class);
        for (VictimType v : VictimType.values()) {
            victims.put(v, 5);
        }
        Map<ImpactLevel, Integer> impactPoints = new EnumMap<>(ImpactLevel.class);
        impactPoints.put(ImpactLevel.SERIOUS, 5);
        impactPoints.put(ImpactLevel.MODERATE, 3);
        impactPoints.put(ImpactLevel.SLIGHT, 1);
        return new MatrixRules(12, categories, weights, victims, 5, 75,
                List.of(new Band(0, 28, 5), new Band(29, 56, 3), new Band(57, null, 1)),
                List.of(new Band(0, 1, 0), new Band(2, 6, 3), new Band(7, null, 5)),
                impactPoints, impact);
    }

    private static void put(Map<OffenceCategory, CategoryRule> categories, Map<OffenceCategory, ImpactLevel> impact,
                            OffenceCategory category, int points, int multiplier, ImpactLevel level) {
        categories.put(category, new CategoryRule(points, multiplier));
        impact.put(category, level);
    }

    /** The same rules with another look-back window. */
    public MatrixRules withLookBackMonths(int months) {
        return new MatrixRules(months, categories, statusWeights, victimPoints, oasysPoints, ogrsThresholdPercent,
                intelligenceBands, serialBands, impactPoints, impactLevels);
    }
}
