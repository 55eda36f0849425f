package uk.ppo.hotspot.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of a hotspot report, rounded to two decimals (half up). Pure. */
public final class Rates {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS_IN_A_YEAR = BigDecimal.valueOf(12);

    private Rates() {
    }

    /** Incidents per 1,000 residents over the window as it is; null without a (positive) population. */
    public static BigDecimal per1000(long count, Integer population) {
        if (population == null || population <= 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(THOUSAND).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }

    /**
     * Incidents per 1,000 residents per year: count ÷ population × 1,000 × 12 ÷ months in the window, worked
     * out exactly and rounded once (not from the rounded window rate); null without a (positive) population.
     */
    public static BigDecimal per1000PerYear(long count, Integer population, long months) {
        if (months <= 0) {
            throw new IllegalArgumentException("a window has at least one month");
        }
        if (population == null || population <= 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(THOUSAND).multiply(MONTHS_IN_A_YEAR)
                .divide(BigDecimal.valueOf(population).multiply(BigDecimal.valueOf(months)), 2, RoundingMode.HALF_UP);
    }

    /** Change in % against the previous window; null when the previous count is 0 (no base to compare with). */
    public static BigDecimal changePercent(long count, long previous) {
        if (previous == 0) {
            return null;
        }
        return BigDecimal.valueOf(count - previous).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(previous), 2, RoundingMode.HALF_UP);
    }

    /** This area's share of the report's total, in %; 0 when the total is 0. */
    public static BigDecimal share(long count, long total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}
