package uk.ppo.scoring.matrix;

import uk.ppo.common.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a matrix version before it is stored: every code present, no negative points, multipliers of
 * at least 1, and bands that start at 0, neither overlap nor leave gaps, and end open. Pure.
 */
public final class MatrixValidator {

    static final int MAX_POINTS = MatrixRules.MAX_POINTS;
    static final int MAX_WEIGHT = 10;

    private MatrixValidator() {
    }

    /** Every problem found, each naming its field; empty when the rules are valid. */
    public static List<Problem.Violation> violations(MatrixRules rules) {
        List<Problem.Violation> out = new ArrayList<>();
        if (rules.lookBackMonths() < MatrixVersion.MIN_LOOK_BACK_MONTHS || rules.lookBackMonths() > MatrixVersion.MAX_LOOK_BACK_MONTHS) {
            out.add(new Problem.Violation("lookBackMonths", "must be between 1 and 60"));
        }
        complete(out, "categories", rules.categories(), OffenceCategory.values());
        if (rules.categories() != null) {
            rules.categories().forEach((category, rule) -> {
                String field = "categories." + category;
                if (rule == null) {
                    out.add(new Problem.Violation(field, "must not be null"));
                    return;
                }
                points(out, field + ".points", rule.points());
                if (rule.multiplier() < 1 || rule.multiplier() > MatrixRules.MAX_MULTIPLIER) {
                    out.add(new Problem.Violation(field + ".multiplier", MatrixRules.MULTIPLIER_RANGE));
                }
            });
        }
        complete(out, "statusWeights", rules.statusWeights(), OffenceStatus.values());
        if (rules.statusWeights() != null) {
            rules.statusWeights().forEach((status, weight) -> {
                if (weight == null || weight < 0 || weight > MAX_WEIGHT) {
                    out.add(new Problem.Violation("statusWeights." + status, "must be between 0 and " + MAX_WEIGHT));
                }
            });
        }
        complete(out, "victimPoints", rules.victimPoints(), VictimType.values());
        if (rules.victimPoints() != null) {
            rules.victimPoints().forEach((type, p) -> points(out, "victimPoints." + type, p));
        }
        points(out, "oasysPoints", rules.oasysPoints());
        if (rules.ogrsThresholdPercent() < 0 || rules.ogrsThresholdPercent() > 100) {
            out.add(new Problem.Violation("ogrsThresholdPercent", "must be between 0 and 100"));
        }
        bands(out, "intelligenceBands", rules.intelligenceBands());
        bands(out, "serialBands", rules.serialBands());
        complete(out, "impactPoints", rules.impactPoints(), ImpactLevel.values());
        if (rules.impactPoints() != null) {
            rules.impactPoints().forEach((level, p) -> points(out, "impactPoints." + level, p));
        }
        complete(out, "impactLevels", rules.impactLevels(), OffenceCategory.values());
        if (rules.impactLevels() != null) {
            rules.impactLevels().forEach((category, level) -> {
                if (level == null) {
                    out.add(new Problem.Violation("impactLevels." + category, "must not be null"));
                }
            });
        }
        return out;
    }

    private static void points(List<Problem.Violation> out, String field, Integer points) {
        if (points == null || points < 0) {
            out.add(new Problem.Violation(field, MatrixRules.NEGATIVE));
        } else if (points > MAX_POINTS) {
            out.add(new Problem.Violation(field, MatrixRules.OVER_MAX_POINTS));
        }
    }

    private static <K> void complete(List<Problem.Violation> out, String field, Map<K, ?> map, K[] codes) {
        if (map == null) {
            out.add(new Problem.Violation(field, "must not be null"));
            return;
        }
        for (K code : codes) {
            if (!map.containsKey(code)) {
                out.add(new Problem.Violation(field + "." + code, "is missing"));
            }
        }
    }

    private static void bands(List<Problem.Violation> out, String field, List<MatrixRules.Band> bands) {
        if (bands == null || bands.isEmpty()) {
            out.add(new Problem.Violation(field, "must have at least one band"));
            return;
        }
        if (bands.size() > MatrixRecords.MAX_BANDS) {
            out.add(new Problem.Violation(field, "must have at most " + MatrixRecords.MAX_BANDS + " bands"));
            return;
        }
        Integer expectedFrom = 0;
        for (int i = 0; i < bands.size(); i++) {
            MatrixRules.Band band = bands.get(i);
            String at = field + "[" + i + "]";
            if (band == null) {
                out.add(new Problem.Violation(at, "must not be null"));
                return;
            }
            points(out, at + ".points", band.points());
            if (expectedFrom == null) {
                out.add(new Problem.Violation(at, "follows an open-ended band: the bands overlap"));
                return;
            }
            if (band.from() < expectedFrom) {
                out.add(new Problem.Violation(at + ".from", (i == 0 ? "must be 0" : "overlaps the band before (expected " + expectedFrom + ")")));
            } else if (band.from() > expectedFrom) {
                out.add(new Problem.Violation(at + ".from", (i == 0 ? "must be 0" : "leaves a gap after the band before (expected " + expectedFrom + ")")));
            }
            if (band.to() != null && band.to() < band.from()) {
                out.add(new Problem.Violation(at + ".to", "must not be below from"));
                return;
            }
            if (band.to() == null && i < bands.size() - 1) {
                out.add(new Problem.Violation(at + ".to", "only the last band may be open-ended"));
                return;
            }
            expectedFrom = band.to() == null ? null : band.to() + 1;
        }
        if (expectedFrom != null) {
            out.add(new Problem.Violation(field + "[" + (bands.size() - 1) + "].to", "the last band must be open-ended (null) so no value is left out"));
        }
    }
}
