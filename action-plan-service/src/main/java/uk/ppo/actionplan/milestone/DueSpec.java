package uk.ppo.actionplan.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a milestone is due, as the plan states it: an exact date, a month ({@code 2010-09} or
 * "September 2010", due on its last day), a financial-year quarter ({@code 2010/11 Q3}, due on the
 * quarter's last day), a quarter of the plan's years as source 001 writes it ("Quarter 1 Year 2": Year 1
 * is the plan's financial year; "Quarter 3" alone is Year 1), a recurrence within the plan's year, or
 * "TBC" (no date yet: never overdue). Pure, no CDI: parsing and resolving to concrete due dates.
 */
public sealed interface DueSpec {

    /** Kinds as stored and shown. */
    @Schema(name = "MilestoneDueKind", description = "How a milestone's due is stated: a date, a month, a quarter, a quarter of the plan's years, a recurrence, or TBC")
    enum Kind { DATE, MONTH, QUARTER, PLAN_QUARTER, RECURRENCE, TBC }

    Kind kind();

    /**
     * The canonical text of the spec ({@code 2010-09-30}, {@code 2010-09}, {@code 2010/11 Q3}, {@code Quarter 1 Year 2},
     * {@code QUARTERLY}, {@code TBC}).
     */
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

    /** A quarter of the plan's years: Year 1 is the plan's financial year. */
    record InPlanQuarter(int quarter, int year) implements DueSpec {
        public InPlanQuarter {
            if (quarter < 1 || quarter > 4) {
                throw new InvalidDue("due.quarter", "the quarter must be 1 to 4, not " + quarter);
            }
            if (year < 1 || year > MAX_PLAN_YEAR) {
                throw new InvalidDue("due.quarter", "the year must be 1 to " + MAX_PLAN_YEAR + " of the plan, not " + year);
            }
        }

        public Kind kind() {
            return Kind.PLAN_QUARTER;
        }

        public String value() {
            return "Quarter " + quarter + " Year " + year;
        }

        public List<LocalDate> dueDates(FiscalYear planYear) {
            return List.of(new FiscalYear(planYear.startYear() + year - 1).quarter(quarter).end());
        }
    }

    /** To be confirmed: no due date, so never overdue; reports list it as to be confirmed. */
    record ToBeConfirmed() implements DueSpec {
        public Kind kind() {
            return Kind.TBC;
        }

        public String value() {
            return "TBC";
        }

        public List<LocalDate> dueDates(FiscalYear planYear) {
            return List.of();
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

    /** The furthest year of a plan a relative quarter may name ("Quarter 1 Year 5"). */
    int MAX_PLAN_YEAR = 5;

    Pattern PLAN_QUARTER = Pattern.compile("(?i)quarter\\s*(\\d{1,2})(?:\\s*,?\\s*year\\s*(\\d{1,2}))?");

    DateTimeFormatter MONTH_IN_WORDS = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM uuuu").toFormatter(Locale.UK);

    /**
     * Exactly one of the five must be given (blank or false counts as not given). Fields are named as in
     * the API: {@code due.date}, {@code due.month}, {@code due.quarter} ({@code 2010/11 Q3}, or
     * {@code Quarter 1 Year 2} of the plan's years), {@code due.recurrence}, {@code due.toBeConfirmed}.
     */
    static DueSpec parse(String date, String month, String quarter, String recurrence, Boolean toBeConfirmed) {
        if (Boolean.TRUE.equals(toBeConfirmed)) {
            if (present(date) || present(month) || present(quarter) || present(recurrence)) {
                throw new InvalidDue("due", "a due date to be confirmed has no date, month, quarter or recurrence");
            }
            return new ToBeConfirmed();
        }
        return parse(date, month, quarter, recurrence);
    }

    /** As {@link #parse(String, String, String, String, Boolean)} without "to be confirmed". */
    static DueSpec parse(String date, String month, String quarter, String recurrence) {
        List<String> given = new ArrayList<>();
        if (present(date)) given.add("date");
        if (present(month)) given.add("month");
        if (present(quarter)) given.add("quarter");
        if (present(recurrence)) given.add("recurrence");
        if (given.size() != 1) {
            throw new InvalidDue("due", given.isEmpty()
                    ? "give one of date, month, quarter or recurrence, or toBeConfirmed"
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
            Matcher relative = PLAN_QUARTER.matcher(quarter.strip());
            if (relative.matches()) {
                return new InPlanQuarter(Integer.parseInt(relative.group(1)),
                        relative.group(2) == null ? 1 : Integer.parseInt(relative.group(2)));
            }
            try {
                return new InQuarter(FiscalQuarter.parse(quarter));
            } catch (IllegalArgumentException e) {
                throw new InvalidDue("due.quarter", e.getMessage() + ", or a quarter of the plan's years such as Quarter 1 Year 2");
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
            case QUARTER, PLAN_QUARTER -> parse(null, null, value, null);
            case TBC -> new ToBeConfirmed();
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
