package uk.ppo.offender.performance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class Ni30Test {

    @ParameterizedTest(name = "{0} -> {1} with target {2}%: {3}% reduction, target {4}, met {5}")
    @CsvSource({
            // a county's 2008/09: 366 proven offences fell to 197 (-46%) against a -20% target
            "366, 197, 20, 46.2, 293, true",
            // 2009/10: baseline 273 with a -22% target allows at most 213
            "273, 213, 22, 22.0, 213, true",
            "273, 214, 22, 21.6, 213, false",
            // the national 2009 cohort's proven offending fell 39%
            "1000, 610, 20, 39.0, 800, true",
            "100, 130, 20, -30.0, 80, false",
            "20, 0, 26, 100.0, 15, true"})
    void measuresReductionAndTarget(long baseline, long followUp, String target, String reduction, long targetOffences, boolean met) {
        Ni30.Result result = Ni30.measure(baseline, followUp, new BigDecimal(target));
        assertEquals(new BigDecimal(reduction), result.reductionPercent());
        assertEquals(targetOffences, result.targetOffences());
        assertEquals(met, result.targetMet());
    }

    /** 2009/10: 273 with a 22% target allows 213 in the year, so 53 by the end of the first quarter (91 of 365 days). */
    @ParameterizedTest(name = "target {0} by {1}: {2}")
    @CsvSource({
            "213, 2009-06-30, 53",
            "213, 2009-09-30, 107",
            "213, 2009-12-31, 160",
            "213, 2010-03-31, 213",
            "213, 2009-04-01, 1",
            "213, 2009-03-31, 0",
            "213, 2010-06-30, 213",
            "293, 2009-06-30, 73"})
    void theProRataTargetGrowsByDaysOfTheFollowUpYear(long target, LocalDate upTo, long allowed) {
        assertEquals(allowed, Ni30.proRataTarget(target, LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31), upTo));
    }

    @Test
    void aFirstQuarterOfSixtyIsOffTrackForAYearOf213ThoughUnderTheYearsTarget() {
        long allowed = Ni30.proRataTarget(Ni30.targetOffences(273, new BigDecimal("22")),
                LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31), LocalDate.of(2009, 6, 30));
        assertEquals(53, allowed);
        assertEquals(true, 60 > allowed);
        assertEquals(true, Ni30.measure(273, 60, new BigDecimal("22")).targetMet(), "the year's test alone would say met");
    }

    @Test
    void theStretchTargetOfTheThurrockStrategy() {
        // 003: a 20% target and a 26% stretch; the county's 366 allow 293 and 271
        assertEquals(293, Ni30.targetOffences(366, new BigDecimal("20")));
        assertEquals(271, Ni30.targetOffences(366, new BigDecimal("26")));
    }

    @Test
    void aCohortWithNoBaselineOffencesHasNoReduction() {
        assertNull(Ni30.measure(0, 3, BigDecimal.TEN).reductionPercent());
    }

    @Test
    void splitsAFinancialYearIntoFourQuarters() {
        assertEquals(List.of(
                new Ni30.Quarter(1, LocalDate.of(2009, 4, 1), LocalDate.of(2009, 6, 30)),
                new Ni30.Quarter(2, LocalDate.of(2009, 7, 1), LocalDate.of(2009, 9, 30)),
                new Ni30.Quarter(3, LocalDate.of(2009, 10, 1), LocalDate.of(2009, 12, 31)),
                new Ni30.Quarter(4, LocalDate.of(2010, 1, 1), LocalDate.of(2010, 3, 31))),
                Ni30.quarters(LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31)));
    }

    @Test
    void quartersFromMonthEndsAndLeapYearsDoNotDrift() {
        assertEquals(List.of(
                new Ni30.Quarter(1, LocalDate.of(2011, 12, 1), LocalDate.of(2012, 2, 29)),
                new Ni30.Quarter(2, LocalDate.of(2012, 3, 1), LocalDate.of(2012, 5, 31)),
                new Ni30.Quarter(3, LocalDate.of(2012, 6, 1), LocalDate.of(2012, 7, 15))),
                Ni30.quarters(LocalDate.of(2011, 12, 1), LocalDate.of(2012, 7, 15)));
    }
}
