package uk.ppo.actionplan.schedule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecurrenceTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "QUARTERLY  | 2010/11 | 2010-06-30 2010-09-30 2010-12-31 2011-03-31",
            "QUARTERLY  | 1999/00 | 1999-06-30 1999-09-30 1999-12-31 2000-03-31",
            "BI_MONTHLY | 2010/11 | 2010-05-31 2010-07-31 2010-09-30 2010-11-30 2011-01-31 2011-03-31",
            "MONTHLY    | 2010/11 | 2010-04-30 2010-05-31 2010-06-30 2010-07-31 2010-08-31 2010-09-30 2010-10-31 2010-11-30 2010-12-31 2011-01-31 2011-02-28 2011-03-31",
            // leap years: February ends on the 29th
            "MONTHLY    | 2011/12 | 2011-04-30 2011-05-31 2011-06-30 2011-07-31 2011-08-31 2011-09-30 2011-10-31 2011-11-30 2011-12-31 2012-01-31 2012-02-29 2012-03-31",
            "MONTHLY    | 1999/00 | 1999-04-30 1999-05-31 1999-06-30 1999-07-31 1999-08-31 1999-09-30 1999-10-31 1999-11-30 1999-12-31 2000-01-31 2000-02-29 2000-03-31",
            // 2100 is not a leap year
            "MONTHLY    | 2099/00 | 2099-04-30 2099-05-31 2099-06-30 2099-07-31 2099-08-31 2099-09-30 2099-10-31 2099-11-30 2099-12-31 2100-01-31 2100-02-28 2100-03-31",
            "ONGOING    | 2010/11 | ",
    })
    void occurrencesFallOnPeriodEndsWithinTheYear(Recurrence recurrence, String year, String expected) {
        List<LocalDate> dates = expected == null ? List.of()
                : Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList();
        assertEquals(dates, recurrence.dueDates(FiscalYear.parse(year)));
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
            "QUARTERLY, QUARTERLY",
            "quarterly, QUARTERLY",
            "bi-monthly, BI_MONTHLY",
            "Bi monthly, BI_MONTHLY",
            "BI_MONTHLY, BI_MONTHLY",
            "' Monthly ', MONTHLY",
            "ongoing, ONGOING",
    })
    void recurrencesAreReadAsPlansWriteThem(String text, Recurrence expected) {
        assertEquals(expected, Recurrence.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"WEEKLY", "annually", "", "BIMONTHLY2"})
    void otherRecurrencesAreRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> Recurrence.parse(text));
    }
}
