package uk.ppo.offender.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * NI 30, re-offending by PPOs: proven offences of a cohort fixed on a date, in a baseline window against a
 * follow-up window. Reduction % = (baseline − actual) / baseline; target offences = baseline × (1 − target %),
 * rounded to the nearest whole offence (273 with a 22% target allows 213). Pure.
 */
public final class Ni30 {

    private Ni30() {
    }

    public record Result(long baselineOffences, long followUpOffences, BigDecimal reductionPercent,
                         long targetOffences, boolean targetMet) {
    }

    public static Result measure(long baseline, long followUp, BigDecimal targetReductionPercent) {
        BigDecimal reduction = baseline == 0 ? null
                : BigDecimal.valueOf(baseline - followUp).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(baseline), 1, RoundingMode.HALF_UP);
        long target = BigDecimal.valueOf(baseline)
                .multiply(BigDecimal.ONE.subtract(targetReductionPercent.movePointLeft(2)))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new Result(baseline, followUp, reduction, target, followUp <= target);
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
