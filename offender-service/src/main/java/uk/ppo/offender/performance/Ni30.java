package uk.ppo.offender.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * NI 30, re-offending by PPOs: proven offences of a cohort fixed on a date, in a baseline window against a
 * follow-up window. Reduction % = (baseline − actual) / baseline; target offences = baseline × (1 − target %),
 * rounded to the nearest whole offence (273 with a 22% target allows 213). While the follow-up year runs, progress
 * is judged against the pro-rata target (the sources report quarterly "on target"); the year's target is met or
 * not only once it has ended. Pure.
 */
public final class Ni30 {

    private Ni30() {
    }

    public record Result(long baselineOffences, long followUpOffences, BigDecimal reductionPercent,
                         long targetOffences, boolean targetMet) {
    }

    /** The year's outcome against the target: met when the follow-up offences are at most the target offences. */
    public static Result measure(long baseline, long followUp, BigDecimal targetReductionPercent) {
        BigDecimal reduction = baseline == 0 ? null
                : BigDecimal.valueOf(baseline - followUp).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(baseline), 1, RoundingMode.HALF_UP);
        long target = targetOffences(baseline, targetReductionPercent);
        return new Result(baseline, followUp, reduction, target, followUp <= target);
    }

    /** Baseline × (1 − target %), to the nearest whole offence. */
    public static long targetOffences(long baseline, BigDecimal reductionPercent) {
        return BigDecimal.valueOf(baseline)
                .multiply(BigDecimal.ONE.subtract(reductionPercent.movePointLeft(2)))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * The share of the year's target offences allowed by {@code upTo}, pro rata by days of the follow-up window
     * (first and last day counted), to the nearest whole offence: 213 allowed in the year are 53 by the end of a
     * 91-day first quarter of 365. Before the window, none; after it, the whole target.
     */
    public static long proRataTarget(long targetOffences, LocalDate from, LocalDate to, LocalDate upTo) {
        long total = ChronoUnit.DAYS.between(from, to) + 1;
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(from, upTo) + 1));
        return BigDecimal.valueOf(targetOffences).multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A quarter of the follow-up window: consecutive three-month periods from its first day, the last cut at its end. */
    public record Quarter(int number, LocalDate from, LocalDate to) {
    }

    public static List<Quarter> quarters(LocalDate followUpFrom, LocalDate followUpTo) {
        List<Quarter> quarters = new ArrayList<>();
        LocalDate start = followUpFrom;
        for (int n = 1; !start.isAfter(followUpTo); n++) {
            LocalDate end = followUpFrom.plusMonths(3L * n).minusDays(1);
            quarters.add(new Quarter(n, start, end.isAfter(followUpTo) ? followUpTo : end));
            start = end.plusDays(1);
        }
        return quarters;
    }
}
