package uk.ppo.actionplan.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ppo.actionplan.schedule.FiscalYear;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2010/11 Q1, QUARTER, 2010/11 Q1, 2010-04-01, 2010-06-30, 2009/10 Q1, 1, 4",
            "2010/11 q4, QUARTER, 2010/11 Q4, 2011-01-01, 2011-03-31, 2009/10 Q4, 4, 4",
            "2010-07, MONTH, 2010-07, 2010-07-01, 2010-07-31, 2009-07, 4, 12",
            "2011-03, MONTH, 2011-03, 2011-03-01, 2011-03-31, 2010-03, 12, 12",
            "12 months to 2009-09, ROLLING_12_MONTHS, 12 months to 2009-09, 2008-10-01, 2009-09-30, 12 months to 2008-09, 1, 1",
            "2010/11, YEAR, 2010/11, 2010-04-01, 2011-03-31, 2009/10, 1, 1"
    })
    void aPeriodIsWrittenAsTheSourcesWriteIt(String text, PeriodKind kind, String label, LocalDate start, LocalDate end,
                                              String lastYear, int elapsed, int of) {
        Period period = Period.parse(text);
        assertEquals(kind, period.kind());
        assertEquals(label, period.label());
        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertEquals(lastYear, period.sameLastYear().label());
        assertEquals(new IndicatorArithmetic.Share(elapsed, of), period.shareOfYear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2010/12 Q1", "2010/11 Q5", "2010-13", "Q1 2010", "12 months to 2010", "2010", "next year"})
    void anythingElseIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
    }

    @Test
    void aYearHasFourQuartersTwelveMonthsAndTwelveRollingYears() {
        FiscalYear year = FiscalYear.parse("2010/11");
        assertEquals(List.of("2010/11 Q1", "2010/11 Q2", "2010/11 Q3", "2010/11 Q4"),
                Period.ofYear(PeriodKind.QUARTER, year).stream().map(Period::label).toList());
        assertEquals("2010-04", Period.ofYear(PeriodKind.MONTH, year).get(0).label());
        assertEquals("12 months to 2011-03", Period.ofYear(PeriodKind.ROLLING_12_MONTHS, year).get(11).label());
        assertEquals(List.of("2010/11"), Period.ofYear(PeriodKind.YEAR, year).stream().map(Period::label).toList());
    }
}
