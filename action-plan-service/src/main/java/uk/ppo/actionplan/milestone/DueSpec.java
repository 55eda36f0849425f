package uk.ppo.actionplan.milestone;

import uk.ppo.actionplan.schedule.FiscalQuarter;
import uk.ppo.actionplan.schedule.FiscalYear;
import uk.ppo.actionplan.schedule.Recurrence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a milestone is due, as the plan states it: an exact date, a month ({@code 2010-09} or
 * "September 2010", due on its last day), a financial-year quarter ({@code 2010/11 Q3}, due on the
 * quarter's last day) or a recurrence within the plan's year. Pure, no CDI: parsing and resolving to
 * concrete due dates.
 */
public sealed interface DueSpec {

    /** Kinds as stored and shown. */
    enum Kind { DATE, MONTH, QUARTER, RECURRENCE }

    Kind kind();

    /** The canonical text of the spec ({@code 2010-09-30}, {@code 2010-09}, {@code 2010/11 Q3}, {@code QUARTERLY}). */
    String value();

    /** The concrete due dates, earliest first; a recurrence falls due within the plan's year only. */
    List<LocalDate> dueDates(FiscalYear planYear);

    record OnDate(LocalDate date) implements DueSpec {
        public Kind kind() {
            return Kind.DATE;
        }

        public String value() {
            return date.toString();
        }

        public List<LocalDate> dueDates(FiscalYear planYear) {
            return List.of(date);
        }
    }

    record InMonth(YearMonth month) implements DueSpec {
        public Kind kind() {
            return Kind.MONTH;
        }

        public String value() {
            return month.toString();
        }

        public List<LocalDate> dueDates(FiscalYear planYear) {
            return List.of(month.atEndOfMonth());
        }
    }

    record InQuarter(FiscalQuarter quarter) implements DueSpec {
        public Kind kind() {
            return Kind.QUARTER;
        }

        public String value() {
            return quarter.label();
        }

        public List<LocalDate> dueDates(FiscalYear planYear) {
            return List.of(quarter.end());
        }
    }

    record Recurring(Recurrence recurrence) implements DueSpec {
        public Kind kind() {
            return Kind.RECURRENCE;
        }

        public String value() {
            return recurrence.name();
        }

        public List<LocalDate> dueDates(FiscalYear planYear) {
            return recurrence.dueDates(planYear);
        }
    }

    /** Input that is not a due specification, naming the field at fault. */
    final class InvalidDue extends IllegalArgumentException {
        private final String field;

        InvalidDue(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    DateTimeFormatter MONTH_IN_WORDS = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM uuuu").toFormatter(Locale.UK);

    /**
     * Exactly one of the four must be given (blank counts as not given). Fields are named as in the
     * API: {@code due.date}, {@code due.month}, {@code due.quarter}, {@code due.recurrence}.
     */
    static DueSpec parse(String date, String month, String quarter, String recurrence) {
        List<String> given = new ArrayList<>();
        if (present(date)) given.add("date");
        if (present(month)) given.add("month");
        if (present(quarter)) given.add("quarter");
        if (present(recurrence)) given.add("recurrence");
        if (given.size() != 1) {
            throw new InvalidDue("due", given.isEmpty()
                    ? "give one of date, month, quarter or recurrence"
                    : "give only one of date, month, quarter or recurrence, not " + String.join(" and ", given));
        }
        if (present(date)) {
            try {
                return new OnDate(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidDue("due.date", "must be an ISO date such as 2010-09-30");
            }
        }
        if (present(month)) {
            return new InMonth(parseMonth(month.strip()));
        }
        if (present(quarter)) {
            try {
                return new InQuarter(FiscalQuarter.parse(quarter));
            } catch (IllegalArgumentException e) {
                throw new InvalidDue("due.quarter", e.getMessage());
            }
        }
        try {
            return new Recurring(Recurrence.parse(recurrence));
        } catch (IllegalArgumentException e) {
            throw new InvalidDue("due.recurrence", e.getMessage());
        }
    }

    /** Rebuilds a stored spec. */
    static DueSpec of(Kind kind, String value) {
        return switch (kind) {
            case DATE -> parse(value, null, null, null);
            case MONTH -> parse(null, value, null, null);
            case QUARTER -> parse(null, null, value, null);
            case RECURRENCE -> parse(null, null, null, value);
        };
    }

    private static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            try {
                return YearMonth.parse(month, MONTH_IN_WORDS);
            } catch (DateTimeException again) {
                throw new InvalidDue("due.month", "must be a month such as 2010-09 or September 2010");
            }
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
