package uk.ppo.actionplan.milestone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.actionplan.schedule.FiscalYear;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DueSpecTest {

    private static final FiscalYear PLAN_YEAR = FiscalYear.parse("2010/11");

    @ParameterizedTest(name = "date={0} month={1} quarter={2} recurrence={3} → {4} {5}")
    @CsvSource(delimiter = '|', value = {
            "2010-09-15 |                |            |            | DATE       | 2010-09-15 | 2010-09-15",
            "2012-02-29 |                |            |            | DATE       | 2012-02-29 | 2012-02-29",
            "           | 2010-09        |            |            | MONTH      | 2010-09    | 2010-09-30",
            "           | September 2010 |            |            | MONTH      | 2010-09    | 2010-09-30",
            "           | 2011-02        |            |            | MONTH      | 2011-02    | 2011-02-28",
            "           | 2012-02        |            |            | MONTH      | 2012-02    | 2012-02-29",
            "           | 2010-12        |            |            | MONTH      | 2010-12    | 2010-12-31",
            "           |                | 2010/11 Q1 |            | QUARTER    | 2010/11 Q1 | 2010-06-30",
            "           |                | 2010/11 Q3 |            | QUARTER    | 2010/11 Q3 | 2010-12-31",
            "           |                | 2010/11 Q4 |            | QUARTER    | 2010/11 Q4 | 2011-03-31",
            "           |                |            | QUARTERLY  | RECURRENCE | QUARTERLY  | 2010-06-30 2010-09-30 2010-12-31 2011-03-31",
            "           |                |            | bi-monthly | RECURRENCE | BI_MONTHLY | 2010-05-31 2010-07-31 2010-09-30 2010-11-30 2011-01-31 2011-03-31",
            "           |                |            | ONGOING    | RECURRENCE | ONGOING    | ",
            "           |                | Quarter 1 Year 2 |      | PLAN_QUARTER | Quarter 1 Year 2 | 2011-06-30",
            "           |                | Quarter 2 Year 2 |      | PLAN_QUARTER | Quarter 2 Year 2 | 2011-09-30",
            "           |                | quarter 4, year 2 |     | PLAN_QUARTER | Quarter 4 Year 2 | 2012-03-31",
            "           |                | Quarter 1  |            | PLAN_QUARTER | Quarter 1 Year 1 | 2010-06-30",
            "           |                | Quarter 3  |            | PLAN_QUARTER | Quarter 3 Year 1 | 2010-12-31",
            "           |                | Quarter 4 Year 1 |      | PLAN_QUARTER | Quarter 4 Year 1 | 2011-03-31",
    })
    void eachKindResolvesToConcreteDueDates(String date, String month, String quarter, String recurrence,
                                            DueSpec.Kind kind, String value, String expected) {
        DueSpec spec = DueSpec.parse(date, month, quarter, recurrence);
        assertEquals(kind, spec.kind());
        assertEquals(value, spec.value());
        List<LocalDate> dates = expected == null ? List.of() : Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList();
        assertEquals(dates, spec.dueDates(PLAN_YEAR));
        assertEquals(spec, DueSpec.of(spec.kind(), spec.value()), "the stored form reads back the same");
    }

    @ParameterizedTest(name = "date={0} month={1} quarter={2} recurrence={3} → {4}")
    @CsvSource(delimiter = '|', value = {
            "           |          |            |           | due",
            "'  '       |          |            |           | due",
            "2010-09-30 | 2010-09  |            |           | due",
            "           | 2010-09  | 2010/11 Q3 | MONTHLY   | due",
            "30/09/2010 |          |            |           | due.date",
            "2010-02-30 |          |            |           | due.date",
            "           | 2010-13  |            |           | due.month",
            "           | Sept     |            |           | due.month",
            "           |          | 2010/11 Q5 |           | due.quarter",
            "           |          | 2010/11 Q0 |           | due.quarter",
            "           |          | 2010/12 Q1 |           | due.quarter",
            "           |          | Q3         |           | due.quarter",
            "           |          | Quarter 5  |           | due.quarter",
            "           |          | Quarter 0 Year 2 |     | due.quarter",
            "           |          | Quarter 1 Year 0 |     | due.quarter",
            "           |          | Quarter 1 Year 6 |     | due.quarter",
            "           |          | Quarter one |          | due.quarter",
            "           |          |            | WEEKLY    | due.recurrence",
    })
    void badSpecificationsNameTheField(String date, String month, String quarter, String recurrence, String field) {
        DueSpec.InvalidDue e = assertThrows(DueSpec.InvalidDue.class, () -> DueSpec.parse(date, month, quarter, recurrence));
        assertEquals(field, e.field());
        assertTrue(!e.getMessage().isBlank());
    }

    @ParameterizedTest(name = "Quarter 1 Year 2 of {0} is due on {1}")
    @CsvSource({"2010/11, 2011-06-30", "2009/10, 2010-06-30", "2011/12, 2012-06-30"})
    void aQuarterOfThePlansYearsCountsFromThePlansYear(String planYear, LocalDate due) {
        assertEquals(List.of(due), DueSpec.parse(null, null, "Quarter 1 Year 2", null).dueDates(FiscalYear.parse(planYear)));
    }

    @ParameterizedTest(name = "TBC (date={0} quarter={1})")
    @CsvSource(delimiter = '|', value = {"|", "' ' | ' '"})
    void toBeConfirmedHasNoDueDateAndReadsBack(String date, String quarter) {
        DueSpec spec = DueSpec.parse(date, null, quarter, null, true);
        assertEquals(DueSpec.Kind.TBC, spec.kind());
        assertEquals("TBC", spec.value());
        assertEquals(List.of(), spec.dueDates(PLAN_YEAR));
        assertEquals(spec, DueSpec.of(DueSpec.Kind.TBC, "TBC"));
    }

    @ParameterizedTest(name = "TBC with {0} is refused")
    @CsvSource(delimiter = '|', value = {"2010-09-30 | | | ", " | 2010-09 | | ", " | | Quarter 3 | ", " | | | ONGOING"})
    void toBeConfirmedWithADateIsRefused(String date, String month, String quarter, String recurrence) {
        DueSpec.InvalidDue e = assertThrows(DueSpec.InvalidDue.class, () -> DueSpec.parse(date, month, quarter, recurrence, true));
        assertEquals("due", e.field());
    }

    @ParameterizedTest(name = "toBeConfirmed={0} is not given")
    @CsvSource({"false"})
    void toBeConfirmedFalseIsNotGiven(Boolean toBeConfirmed) {
        assertEquals(DueSpec.Kind.MONTH, DueSpec.parse(null, "2010-09", null, null, toBeConfirmed).kind());
        assertEquals("due", assertThrows(DueSpec.InvalidDue.class, () -> DueSpec.parse(null, null, null, null, toBeConfirmed)).field());
    }

    @ParameterizedTest
    @CsvSource({"2010/11 Q5, Q5", "2010/11 Q0, Q0"})
    void aQuarterOutOfRangeSaysSo(String quarter, String named) {
        DueSpec.InvalidDue e = assertThrows(DueSpec.InvalidDue.class, () -> DueSpec.parse(null, null, quarter, null));
        assertTrue(e.getMessage().contains("Q1 to Q4") && e.getMessage().contains(named), e.getMessage());
    }
}
