package uk.ppo.hotspot.report;

import uk.ppo.common.problem.ProblemException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * A window of whole months, both ends included, as the open data is monthly; and the window of equal
 * length just before it, which the change is measured against. Rates are given for the window and per
 * year ({@link Rates#per1000PerYear}), using {@link #months()}.
 */
public record Window(YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 120;
    /** A month as the API writes and reads it: yyyy-MM. */
    public static final String MONTH_PATTERN = "^\\d{4}-\\d{2}$";
    public static final int MONTH_LENGTH = 7;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public Window {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
    }

    public long months() {
        return ChronoUnit.MONTHS.between(from, to) + 1;
    }

    public Window previous() {
        return new Window(from.minusMonths(months()), from.minusMonths(1));
    }

    /** Parses {@code from}/{@code to} query parameters, naming the field in a 400 when they are wrong. */
    public static Window parse(String from, String to) {
        YearMonth f = month("from", from);
        YearMonth t = month("to", to);
        if (f.isAfter(t)) {
            throw ProblemException.invalid("from", "must not be after to (" + t + ")");
        }
        Window window = new Window(f, t);
        if (window.months() > MAX_MONTHS) {
            throw ProblemException.invalid("to", "the window may be at most " + MAX_MONTHS + " months");
        }
        return window;
    }

    public static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required, as YYYY-MM");
        }
        if (value.length() > MONTH_LENGTH || !MONTH.matcher(value.strip()).matches()) {
            throw ProblemException.invalid(field, "must be a month as YYYY-MM");
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw ProblemException.invalid(field, "must be a month between 2000-01 and 2100-12");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, value.strip() + " is not a month (YYYY-MM, months 01 to 12)");
        }
    }
}
