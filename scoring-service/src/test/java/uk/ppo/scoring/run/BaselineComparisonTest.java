package uk.ppo.scoring.run;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The six-month periods after a baseline, and the compounding target, at their edges (DOMAIN.md: 788, 443). */
class BaselineComparisonTest {

    static final LocalDate TAKEN = LocalDate.of(2026, 4, 1);

    @Test
    void periodsAreSixMonthsEachEndingInclusivelyAndNoneOnOrBeforeTheBaselineDate() {
        assertNull(BaselineComparison.period(TAKEN, TAKEN.minusDays(1)));
        assertNull(BaselineComparison.period(TAKEN, TAKEN));
        assertEquals(1, BaselineComparison.period(TAKEN, TAKEN.plusDays(1)));
        assertEquals(1, BaselineComparison.period(TAKEN, LocalDate.of(2026, 10, 1)));
        assertEquals(2, BaselineComparison.period(TAKEN, LocalDate.of(2026, 10, 2)));
        assertEquals(2, BaselineComparison.period(TAKEN, LocalDate.of(2027, 4, 1)));
        assertEquals(3, BaselineComparison.period(TAKEN, LocalDate.of(2027, 4, 2)));
    }

    @Test
    void theTargetCompoundsEachPeriodAndIsMetAtOrBelowIt() {
        SchemeBaseline b = new SchemeBaseline(java.util.UUID.randomUUID());
        b.set("HASTINGS", 788, 443, TAKEN, new BigDecimal("10.0"), java.time.Instant.now(), "test");
        assertEquals(new BigDecimal("709.2"), BaselineComparison.target(788, new BigDecimal("10.0"), 1));
        assertEquals(new BigDecimal("638.3"), BaselineComparison.target(788, new BigDecimal("10.0"), 2));

        BaselineComparison.Result met = BaselineComparison.compare(b, LocalDate.of(2026, 9, 30), 709, 400);
        assertEquals(-79, met.cohortTotalSinceBaseline());
        assertEquals(new BigDecimal("-10.0"), met.cohortTotalSinceBaselinePercent());
        assertEquals(-43, met.pndAssetTotalSinceBaseline());
        assertEquals(new BigDecimal("-9.7"), met.pndAssetTotalSinceBaselinePercent());
        assertEquals(Boolean.TRUE, met.targetMet());

        BaselineComparison.Result missed = BaselineComparison.compare(b, LocalDate.of(2026, 9, 30), 710, 443);
        assertEquals(Boolean.FALSE, missed.targetMet());
        assertEquals(new BigDecimal("0.0"), missed.pndAssetTotalSinceBaselinePercent());

        BaselineComparison.Result before = BaselineComparison.compare(b, LocalDate.of(2026, 3, 1), 800, 450);
        assertEquals(12, before.cohortTotalSinceBaseline());
        assertEquals(new BigDecimal("1.5"), before.cohortTotalSinceBaselinePercent());
        assertNull(before.targetPeriod());
        assertNull(before.targetMet());
    }
}
