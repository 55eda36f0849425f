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
            "           |          |            | WEEKLY    | due.recurrence",
    })
    void badSpecificationsNameTheField(String date, String month, String quarter, String recurrence, String field) {
        DueSpec.InvalidDue e = assertThrows(DueSpec.InvalidDue.class, () -> DueSpec.parse(date, month, quarter, recurrence));
        assertEquals(field, e.field());
        assertTrue(!e.getMessage().isBlank());
    }

    @ParameterizedTest
    @CsvSource({"2010/11 Q5, Q5", "2010/11 Q0, Q0"})
    void aQuarterOutOfRangeSaysSo(String quarter, String named) {
        DueSpec.InvalidDue e = assertThrows(DueSpec.InvalidDue.class, () -> DueSpec.parse(null, null, quarter, null));
        assertTrue(e.getMessage().contains("Q1 to Q4") && e.getMessage().contains(named), e.getMessage());
    }
}
