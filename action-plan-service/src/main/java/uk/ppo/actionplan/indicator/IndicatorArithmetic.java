package uk.ppo.actionplan.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of partnership indicators, as the sources report them. Pure, no CDI; every polarity-dependent
 * answer takes the indicator's {@link Polarity}.
 * <ul>
 * <li>Target value: baseline × (1 − reduction %), a whole number for counts (half up: 273 less 22 % is 213),
 *     two decimals otherwise.</li>
 * <li>Change: (now − before) ÷ before, in percent to one decimal (366 → 197 is −46.2 %).</li>
 * <li>Pro-rata target: a count's year target × the share of the year its year-to-date covers (a quarter's
 *     share is n/4: 213 ⇒ Q1 53.25, Q2 106.5, Q3 159.75, Q4 213); a rate, percentage or ratio — and any
 *     rolling-year or whole-year figure — is compared with the year's target itself.</li>
 * <li>On track: the measure is on the right side of the line or on it (at most it when lower is better, at
 *     least it when higher is better). A count's measure is its year-to-date total; any other's, the period's
 *     value.</li>
 * <li>RAG: GREEN on track; AMBER off track by no more than the indicator's tolerance (5 % of the line unless
 *     it says otherwise); RED beyond.</li>
 * <li>Against predicted: how much better the actual is than the predicted, in percent of the predicted, to one
 *     decimal (NI 18: 8.04 % predicted, 6.99 % actual is 13.1 % better); a ratio actual ÷ predicted (NI 38's
 *     0.73) is better than predicted below 1 when lower is better.</li>
 * </ul>
 */
public final class IndicatorArithmetic {

    /** The default amber band: off track by at most 5 % of the line. */
    public static final BigDecimal DEFAULT_AMBER_TOLERANCE_PERCENT = BigDecimal.valueOf(5);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How much of a financial year a year-to-date covers: {@code elapsed} of {@code of} equal parts. */
    public record Share(int elapsed, int of) {
        public Share {
            if (of < 1 || elapsed < 1 || elapsed > of) {
                throw new IllegalArgumentException("a share is 1..n of n, not " + elapsed + " of " + of);
            }
        }
    }

    @Schema(name = "IndicatorRag", description = "Green: on track; amber: off track within the indicator's tolerance; red: off track beyond it")
    public enum Rag { GREEN, AMBER, RED }

    /** An actual against what was predicted for it. */
    public enum AgainstPredicted { BETTER, AS_PREDICTED, WORSE }

    private IndicatorArithmetic() {
    }

    /** The value a reduction on the baseline allows: 273 with 22 % is 213 (a count); a negative reduction is a rise. */
    public static BigDecimal targetValue(BigDecimal baseline, BigDecimal reductionPercent, IndicatorKind kind) {
        if (baseline.signum() < 0) {
            throw new IllegalArgumentException("the baseline cannot be negative");
        }
        BigDecimal remaining = HUNDRED.subtract(reductionPercent);
        return baseline.multiply(remaining).divide(HUNDRED, kind == IndicatorKind.COUNT ? 0 : 2, RoundingMode.HALF_UP);
    }

    /** (to − from) ÷ from in percent, one decimal; null when there is nothing to compare with (from is 0). */
    public static BigDecimal changePercent(BigDecimal from, BigDecimal to) {
        if (from.signum() == 0) {
            return null;
        }
        return to.subtract(from).multiply(HUNDRED).divide(from, 1, RoundingMode.HALF_UP);
    }

    /** The year's target pro rata to a year-to-date: a count's share of it, anything else the target itself. */
    public static BigDecimal proRata(BigDecimal yearTarget, IndicatorKind kind, Share share) {
        if (kind != IndicatorKind.COUNT || share.elapsed() == share.of()) {
            return yearTarget;
        }
        return yearTarget.multiply(BigDecimal.valueOf(share.elapsed())).divide(BigDecimal.valueOf(share.of()), 2, RoundingMode.HALF_UP);
    }

    /** Whether the measure is on the right side of the line (or on it). */
    public static boolean onTrack(BigDecimal measure, BigDecimal line, Polarity polarity) {
        int c = measure.compareTo(line);
        return polarity == Polarity.LOWER_IS_BETTER ? c <= 0 : c >= 0;
    }

    /** GREEN on track, AMBER off track by at most {@code amberTolerancePercent} of the line, RED beyond. */
    public static Rag rag(BigDecimal measure, BigDecimal line, Polarity polarity, BigDecimal amberTolerancePercent) {
        if (onTrack(measure, line, polarity)) {
            return Rag.GREEN;
        }
        BigDecimal gap = measure.subtract(line).abs();
        BigDecimal allowed = line.abs().multiply(amberTolerancePercent).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        return gap.compareTo(allowed) <= 0 ? Rag.AMBER : Rag.RED;
    }

    /** Whether a change (now − before) is an improvement; null when there is no change to judge. */
    public static Boolean improved(BigDecimal change, Polarity polarity) {
        if (change == null || change.signum() == 0) {
            return change == null ? null : Boolean.FALSE;
        }
        return polarity == Polarity.LOWER_IS_BETTER ? change.signum() < 0 : change.signum() > 0;
    }

    /** How much better than predicted, in percent of the predicted, one decimal (negative: worse). */
    public static BigDecimal betterThanPredictedPercent(BigDecimal actual, BigDecimal predicted, Polarity polarity) {
        if (predicted.signum() <= 0) {
            throw new IllegalArgumentException("the predicted value must be more than 0");
        }
        BigDecimal better = polarity == Polarity.LOWER_IS_BETTER ? predicted.subtract(actual) : actual.subtract(predicted);
        return better.multiply(HUNDRED).divide(predicted, 1, RoundingMode.HALF_UP);
    }

    /** Actual ÷ predicted, two decimals (NI 38's measure). */
    public static BigDecimal ratio(BigDecimal actual, BigDecimal predicted) {
        if (predicted.signum() <= 0) {
            throw new IllegalArgumentException("the predicted value must be more than 0");
        }
        return actual.divide(predicted, 2, RoundingMode.HALF_UP);
    }

    /** A ratio actual ÷ predicted judged: below 1 is better than predicted when lower is better, above 1 when higher is. */
    public static AgainstPredicted againstPredicted(BigDecimal ratio, Polarity polarity) {
        int c = ratio.compareTo(BigDecimal.ONE);
        if (c == 0) {
            return AgainstPredicted.AS_PREDICTED;
        }
        return (c < 0) == (polarity == Polarity.LOWER_IS_BETTER) ? AgainstPredicted.BETTER : AgainstPredicted.WORSE;
    }
}
