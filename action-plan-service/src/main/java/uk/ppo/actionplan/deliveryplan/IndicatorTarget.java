package uk.ppo.actionplan.deliveryplan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Target arithmetic of a reduction indicator such as NI 30. Pure, no CDI.
 * <ul>
 * <li>target value = baseline × (1 − reduction %), to the nearest whole offence (half up):
 *     baseline 273 with a 22% reduction allows at most 213 offences.</li>
 * <li>achieved reduction % = (baseline − actual) / baseline, to one decimal place: 366 → 197 is
 *     46.2%.</li>
 * </ul>
 */
public final class IndicatorTarget {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorTarget() {
    }

    public static int targetValue(int baseline, BigDecimal reductionPercent) {
        if (baseline < 0) {
            throw new IllegalArgumentException("the baseline cannot be negative");
        }
        if (reductionPercent.compareTo(BigDecimal.valueOf(-100)) < 0 || reductionPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a reduction is between -100% and 100%");
        }
        BigDecimal remaining = HUNDRED.subtract(reductionPercent);
        return BigDecimal.valueOf(baseline).multiply(remaining).divide(HUNDRED, 0, RoundingMode.HALF_UP).intValueExact();
    }

    public static BigDecimal achievedReductionPercent(int baseline, int actual) {
        if (baseline <= 0) {
            throw new IllegalArgumentException("the baseline must be more than 0");
        }
        return BigDecimal.valueOf(baseline - actual).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(baseline), 1, RoundingMode.HALF_UP);
    }
}
