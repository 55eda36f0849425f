package uk.ppo.actionplan.deliveryplan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IndicatorTargetTest {

    @ParameterizedTest(name = "baseline {0}, reduction {1}% → at most {2}")
    @CsvSource({
            // NI 30, 2009/10: baseline 273, target -22% → at most 213 offences
            "273, 22,   213",
            // 2008/09: -20% on 366
            "366, 20,   293",
            // stretch target -26% on the same baseline
            "273, 26,   202",
            "100, 0,    100",
            "100, 100,  0",
            "0,   22,   0",
            // half up: 10 × 0.85 = 8.5 → 9
            "10,  15,   9",
            "10,  15.01, 8",
            // a rise allowed
            "200, -5,   210",
    })
    void theTargetIsTheBaselineLessTheReduction(int baseline, BigDecimal reduction, int expected) {
        assertEquals(expected, IndicatorTarget.targetValue(baseline, reduction));
    }

    @ParameterizedTest(name = "{0} → {1} is {2}%")
    @CsvSource({
            // one county, 2008/09: offences fell from 366 to 197
            "366, 197, 46.2",
            "273, 213, 22.0",
            "100, 120, -20.0",
            "3,   2,   33.3",
    })
    void theAchievedReductionIsOnTheBaseline(int baseline, int actual, BigDecimal expected) {
        assertEquals(expected, IndicatorTarget.achievedReductionPercent(baseline, actual));
    }

    @ParameterizedTest
    @CsvSource({"-1, 10", "100, 101", "100, -101"})
    void impossibleInputsAreRefused(int baseline, BigDecimal reduction) {
        assertThrows(IllegalArgumentException.class, () -> IndicatorTarget.targetValue(baseline, reduction));
    }
}
