package uk.ppo.scoring.run;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A run's totals against its scheme's baseline. The reduction target compounds every six months from the
 * date the baseline was taken: a run in the n-th six-month period after it (the period ending
 * {@code takenOn + 6n months}, inclusive) meets the target when its cohort total is at most
 * {@code baseline × (1 − target%)^n}, to one decimal. A run on or before the baseline date has no target.
 */
final class BaselineComparison {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Result(Integer cohortTotalSinceBaseline, BigDecimal cohortTotalSinceBaselinePercent, Integer pndAssetTotalSinceBaseline,
                  BigDecimal pndAssetTotalSinceBaselinePercent, Integer targetPeriod, LocalDate targetPeriodEnds,
                  BigDecimal cohortTotalTarget, Boolean targetMet) {
        static final Result NONE = new Result(null, null, null, null, null, null, null, null);
    }

    private BaselineComparison() {
    }

    static Result compare(SchemeBaseline baseline, LocalDate asOf, Integer cohortTotal, Integer pndAssetTotal) {
        if (baseline == null) {
            return Result.NONE;
        }
        Integer period = period(baseline.takenOn(), asOf);
        LocalDate ends = period == null ? null : baseline.takenOn().plusMonths(6L * period);
        BigDecimal target = period == null ? null : target(baseline.cohortTotal(), baseline.reductionTargetPercent(), period);
        Boolean met = target == null || cohortTotal == null ? null : BigDecimal.valueOf(cohortTotal).compareTo(target) <= 0;
        return new Result(change(cohortTotal, baseline.cohortTotal()), percent(cohortTotal, baseline.cohortTotal()),
                change(pndAssetTotal, baseline.pndAssetTotal()), percent(pndAssetTotal, baseline.pndAssetTotal()),
                period, ends, target, met);
    }

    /** 1 for the first six months after the baseline date, 2 for the next, ...; null on or before it. */
    static Integer period(LocalDate takenOn, LocalDate asOf) {
        if (!asOf.isAfter(takenOn)) {
            return null;
        }
        int n = 1;
        while (asOf.isAfter(takenOn.plusMonths(6L * n))) {
            n++;
        }
        return n;
    }

    static BigDecimal target(int baseline, BigDecimal reductionPercent, int period) {
        BigDecimal keep = BigDecimal.ONE.subtract(reductionPercent.divide(HUNDRED));
        return BigDecimal.valueOf(baseline).multiply(keep.pow(period)).setScale(1, RoundingMode.HALF_UP);
    }

    private static Integer change(Integer total, int baseline) {
        return total == null ? null : total - baseline;
    }

    private static BigDecimal percent(Integer total, int baseline) {
        if (total == null || baseline == 0) {
            return null;
        }
        return BigDecimal.valueOf((long) total - baseline).multiply(HUNDRED).divide(BigDecimal.valueOf(baseline), 1, RoundingMode.HALF_UP);
    }
}
