package uk.ppo.actionplan.schedule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiscalCalendarTest {

    @ParameterizedTest(name = "{0} is in {1} {2}")
    @CsvSource({
            // year ends: 31 March belongs to the year before, 1 April starts the next
            "2010-04-01, 2010/11, 1",
            "2010-06-30, 2010/11, 1",
            "2010-07-01, 2010/11, 2",
            "2010-09-30, 2010/11, 2",
            "2010-10-01, 2010/11, 3",
            "2010-12-31, 2010/11, 3",
            "2011-01-01, 2010/11, 4",
            "2011-03-31, 2010/11, 4",
            "2011-04-01, 2011/12, 1",
            // calendar year end sits inside a financial year
            "2009-12-31, 2009/10, 3",
            "2010-01-01, 2009/10, 4",
            // leap days
            "2012-02-29, 2011/12, 4",
            "2000-02-29, 1999/00, 4",
            "2024-02-29, 2023/24, 4",
            // century turn
            "1999-12-31, 1999/00, 3",
            "2000-03-31, 1999/00, 4",
            "2000-04-01, 2000/01, 1",
    })
    void aDateFallsInOneYearAndQuarter(LocalDate date, String year, int quarter) {
        FiscalQuarter q = FiscalQuarter.containing(date);
        assertEquals(year, q.year().label());
        assertEquals(quarter, q.number());
        assertEquals(year, FiscalYear.containing(date).label());
        assertTrue(q.contains(date));
        assertTrue(q.year().contains(date));
    }

    @ParameterizedTest(name = "{0} runs {1} to {2}")
    @CsvSource({
            "2010/11 Q1, 2010-04-01, 2010-06-30",
            "2010/11 Q2, 2010-07-01, 2010-09-30",
            "2010/11 Q3, 2010-10-01, 2010-12-31",
            "2010/11 Q4, 2011-01-01, 2011-03-31",
            "2011/12 Q4, 2012-01-01, 2012-03-31",
            "1999/00 Q4, 2000-01-01, 2000-03-31",
            "2009/10 q2, 2009-07-01, 2009-09-30",
            "' 2023/24  Q4 ', 2024-01-01, 2024-03-31",
    })
    void aQuarterRunsThreeMonthsFromApril(String label, LocalDate start, LocalDate end) {
        FiscalQuarter q = FiscalQuarter.parse(label);
        assertEquals(start, q.start());
        assertEquals(end, q.end());
        assertEquals(q, FiscalQuarter.parse(q.label()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2010/11 Q1, 2010/11 Q2",
            "2010/11 Q3, 2010/11 Q4",
            "2010/11 Q4, 2011/12 Q1",
            "1999/00 Q4, 2000/01 Q1",
    })
    void theNextQuarterCrossesTheYearEnd(String quarter, String next) {
        assertEquals(next, FiscalQuarter.parse(quarter).next().label());
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"2010/11 Q5", "2010/11 Q0", "2010/11 Q12", "2010/11 Q", "2010/12 Q3", "2010-11 Q3",
            "2010/11", "Q3 2010/11", "2010/11Q3", "", "2010/11 Q99999999999"})
    void anythingElseIsNotAQuarter(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FiscalQuarter.parse(value));
        assertTrue(e.getMessage().contains("Q") || e.getMessage().contains("2010/11"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
            "2010/11, 2010-04-01, 2011-03-31",
            "1999/00, 1999-04-01, 2000-03-31",
            "2011/12, 2011-04-01, 2012-03-31",
    })
    void aYearRunsAprilToMarch(String label, LocalDate start, LocalDate end) {
        FiscalYear year = FiscalYear.parse(label);
        assertEquals(start, year.start());
        assertEquals(end, year.end());
        assertEquals(label, year.label());
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"2010/12", "2010-11", "10/11", "2010/2011", "", "1850/51", "1899/00", "2999/00"})
    void anythingElseIsNotAYear(String value) {
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.parse(value));
    }
}
