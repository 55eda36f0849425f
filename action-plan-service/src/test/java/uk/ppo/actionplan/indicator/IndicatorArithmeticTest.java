package uk.ppo.actionplan.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.actionplan.indicator.IndicatorArithmetic.AgainstPredicted;
import uk.ppo.actionplan.indicator.IndicatorArithmetic.Rag;
import uk.ppo.actionplan.indicator.IndicatorArithmetic.Share;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The indicator arithmetic against the sources' own figures (shared/sources):
 * <ul>
 * <li>001 (East Sussex Community Safety Agreement 2010/11), "Reducing adult re-offending", Achievement and progress:
 *     "reducing the offences from 366 to 197 - a 46% reduction"; "(NI) 18 ... The predicted rate of re-offending
 *     was 8.04% and the actual rate of re-offending was measured as 6.99%, 13.07% less than the baseline";
 *     "(NI) 16 ... reduced across East Sussex by 7% (335 crimes) when compared to the previous rolling year";
 *     "(NI) 38 Drug Related Offending ... better than expected at 0.73, (less than 1 is positive and better than
 *     the predicted outcome)".</li>
 * <li>000 (East Sussex LAA delivery plan for NI 30), Performance: baseline 273; 09/10 213, −22 %.</li>
 * <li>003 (Thurrock PPO strategy), 9.0 Performance Measures: NI30 "20%, 26% stretch (reward)".</li>
 * </ul>
 */
class IndicatorArithmeticTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest(name = "baseline {0} less {1} % ({2}) allows {3}")
    @CsvSource({
            // 000: NI 30 baseline 273, 2009/10 target 213 (−22 %)
            "273, 22, COUNT, 213",
            // 003: Thurrock's 20 % target and 26 % stretch (reward) on a baseline of 100 offences
            "100, 20, COUNT, 80",
            "100, 26, COUNT, 74",
            // half up to a whole offence: 273 × 0.8 = 218.4, 273 × 0.795 = 217.035
            "273, 20, COUNT, 218",
            "10, 25, COUNT, 8",
            // a rise for an indicator where higher is better (a negative reduction)
            "63, -11.11, PERCENTAGE, 70.00",
            // a rate keeps two decimals
            "45.5, 10, RATE_PER_1000, 40.95",
            "0, 22, COUNT, 0"
    })
    void aReductionOnTheBaselineGivesTheTargetValue(String baseline, String reduction, IndicatorKind kind, String expected) {
        assertEquals(d(expected), IndicatorArithmetic.targetValue(d(baseline), d(reduction), kind));
    }

    @ParameterizedTest(name = "{0} → {1} is {2} %")
    @CsvSource({
            // 001: NI 30 cohort 2008/09, 366 → 197 "a 46% reduction"
            "366, 197, -46.2",
            // 001: NI 16 down 7 % (335 crimes) on the previous rolling year; the source gives only the fall and the
            // percentage: 4,786 is the previous year's count both describe (335 ÷ 4,786 = 6.99996 %)
            "4786, 4451, -7.0",
            // 001 (SC): Hastings and Rother "from around 2031 crimes ... to 1787", the 12 % target
            "2031, 1787, -12.0",
            // a rise
            "200, 230, 15.0",
            "213, 213, 0.0"
    })
    void theChangeIsAPercentOfTheEarlierFigure(String from, String to, String percent) {
        assertEquals(d(percent), IndicatorArithmetic.changePercent(d(from), d(to)));
    }

    @Test
    void thereIsNoChangePercentOnNothing() {
        assertNull(IndicatorArithmetic.changePercent(BigDecimal.ZERO, d("5")));
    }

    @ParameterizedTest(name = "{0} ({1}) at {2} of {3} is {4}")
    @CsvSource({
            // 000's 2009/10 target of 213 offences, pro rata per quarter
            "213, COUNT, 1, 4, 53.25",
            "213, COUNT, 2, 4, 106.50",
            "213, COUNT, 3, 4, 159.75",
            "213, COUNT, 4, 4, 213",
            // per month: July is month 4 of the financial year
            "213, COUNT, 4, 12, 71.00",
            "120, COUNT, 1, 12, 10.00",
            // rates, percentages and ratios are compared with the target itself
            "50, RATE_PER_1000, 1, 4, 50",
            "8.04, PERCENTAGE, 2, 4, 8.04",
            "1, PREDICTED_VS_ACTUAL_RATIO, 3, 4, 1",
            // a rolling or whole year is a whole year's worth
            "4451, COUNT, 1, 1, 4451"
    })
    void theProRataTargetOfACountIsItsShareOfTheYear(String target, IndicatorKind kind, int elapsed, int of, String expected) {
        assertEquals(d(expected), IndicatorArithmetic.proRata(d(target), kind, new Share(elapsed, of)));
    }

    @ParameterizedTest(name = "{0} against {1}, {2}: on track {3}, {4}")
    @CsvSource({
            // lower is better (NI 30): year to date against the pro-rata line of 213
            "50, 53.25, LOWER_IS_BETTER, true, GREEN",
            "53.25, 53.25, LOWER_IS_BETTER, true, GREEN",
            "55, 53.25, LOWER_IS_BETTER, false, AMBER",    // 1.75 over; 5 % of 53.25 is 2.66
            "55.91, 53.25, LOWER_IS_BETTER, false, AMBER", // 2.66 over: on the amber edge
            "56, 53.25, LOWER_IS_BETTER, false, RED",
            "120, 106.5, LOWER_IS_BETTER, false, RED",
            // higher is better (NI 45: 63 % → a 70 % target, 003)
            "71, 70, HIGHER_IS_BETTER, true, GREEN",
            "70, 70, HIGHER_IS_BETTER, true, GREEN",
            "67, 70, HIGHER_IS_BETTER, false, AMBER",
            "66.4, 70, HIGHER_IS_BETTER, false, RED",
            // NI 18 (001): 6.99 % actual against 8.04 % predicted, lower is better
            "6.99, 8.04, LOWER_IS_BETTER, true, GREEN",
            "8.04, 6.99, HIGHER_IS_BETTER, true, GREEN",
            // a line of 0 allows nothing worse
            "1, 0, LOWER_IS_BETTER, false, RED"
    })
    void onTrackAndRagRespectPolarity(String measure, String line, Polarity polarity, boolean onTrack, Rag rag) {
        assertEquals(onTrack, IndicatorArithmetic.onTrack(d(measure), d(line), polarity));
        assertEquals(rag, IndicatorArithmetic.rag(d(measure), d(line), polarity, IndicatorArithmetic.DEFAULT_AMBER_TOLERANCE_PERCENT));
    }

    @ParameterizedTest(name = "tolerance {0} %: {1} against {2} is {3}")
    @CsvSource({
            "0, 54, 53.25, RED",
            "10, 58, 53.25, AMBER",
            "10, 59, 53.25, RED"
    })
    void theAmberBandIsTheIndicatorsOwn(String tolerance, String measure, String line, Rag rag) {
        assertEquals(rag, IndicatorArithmetic.rag(d(measure), d(line), Polarity.LOWER_IS_BETTER, d(tolerance)));
    }

    @ParameterizedTest(name = "actual {0} against predicted {1}, {2}: {3} % better")
    @CsvSource({
            // 001: NI 18 predicted 8.04 %, actual 6.99 %: "13.07% less" (from the unrounded rates; 13.1 to one decimal)
            "6.99, 8.04, LOWER_IS_BETTER, 13.1",
            "8.04, 8.04, LOWER_IS_BETTER, 0.0",
            "9.00, 8.04, LOWER_IS_BETTER, -11.9",
            "9.00, 8.04, HIGHER_IS_BETTER, 11.9"
    })
    void anActualAgainstItsPredictionIsAPercentOfThePrediction(String actual, String predicted, Polarity polarity, String better) {
        assertEquals(d(better), IndicatorArithmetic.betterThanPredictedPercent(d(actual), d(predicted), polarity));
    }

    @ParameterizedTest(name = "ratio {0}, {1}: {2}")
    @CsvSource({
            // 001: NI 38 "better than expected at 0.73, (less than 1 is positive and better than the predicted outcome)"
            "0.73, LOWER_IS_BETTER, BETTER",
            "1.00, LOWER_IS_BETTER, AS_PREDICTED",
            "1.12, LOWER_IS_BETTER, WORSE",
            "0.73, HIGHER_IS_BETTER, WORSE",
            "1.12, HIGHER_IS_BETTER, BETTER"
    })
    void aRatioToThePredictionIsJudgedByPolarity(String ratio, Polarity polarity, AgainstPredicted expected) {
        assertEquals(expected, IndicatorArithmetic.againstPredicted(d(ratio), polarity));
    }

    @Test
    void aRatioIsActualOverPredictedToTwoDecimals() {
        // 73 offences where 100 were predicted: NI 38's 0.73
        assertEquals(d("0.73"), IndicatorArithmetic.ratio(d("73"), d("100")));
        assertThrows(IllegalArgumentException.class, () -> IndicatorArithmetic.ratio(d("73"), BigDecimal.ZERO));
    }

    @ParameterizedTest(name = "change {0}, {1}: improved {2}")
    @CsvSource({
            "-335, LOWER_IS_BETTER, true",
            "335, LOWER_IS_BETTER, false",
            "7, HIGHER_IS_BETTER, true",
            "-7, HIGHER_IS_BETTER, false",
            "0, HIGHER_IS_BETTER, false"
    })
    void anImprovementFollowsPolarity(String change, Polarity polarity, boolean improved) {
        assertEquals(improved, IndicatorArithmetic.improved(d(change), polarity));
    }
}
