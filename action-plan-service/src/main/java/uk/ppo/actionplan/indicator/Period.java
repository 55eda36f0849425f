package uk.ppo.actionplan.indicator;

import uk.ppo.actionplan.schedule.FiscalQuarter;
import uk.ppo.actionplan.schedule.FiscalYear;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of an indicator, written as the sources write them: a financial-year quarter
 * ({@code 2010/11 Q1}), a calendar month ({@code 2010-07}), the rolling 12 months ending a month
 * ({@code 12 months to 2010-07}) or a financial year ({@code 2010/11}). Pure, no CDI.
 */
public record Period(PeriodKind kind, String label, LocalDate start, LocalDate end) {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ROLLING = Pattern.compile("12 months to (\\d{4}-\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER = Pattern.compile("\\d{4}/\\d{2}\\s+Q\\d+", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}/\\d{2}");

    /** The period a text names; anything else is an {@link IllegalArgumentException} saying what is expected. */
    public static Period parse(String text) {
        String value = text == null ? "" : text.strip();
        try {
            if (QUARTER.matcher(value).matches()) {
                return quarter(FiscalQuarter.parse(value));
            }
            if (YEAR.matcher(value).matches()) {
                return year(FiscalYear.parse(value));
            }
            if (MONTH.matcher(value).matches()) {
                return month(YearMonth.parse(value));
            }
            Matcher rolling = ROLLING.matcher(value);
            if (rolling.matches()) {
                return rolling(YearMonth.parse(rolling.group(1)));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a real month, such as 2010-07");
        }
        throw new IllegalArgumentException("must be a quarter (2010/11 Q1), a month (2010-07), a rolling year "
                + "(12 months to 2010-07) or a financial year (2010/11)");
    }

    public static Period quarter(FiscalQuarter quarter) {
        return new Period(PeriodKind.QUARTER, quarter.label(), quarter.start(), quarter.end());
    }

    public static Period month(YearMonth month) {
        return new Period(PeriodKind.MONTH, month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    public static Period rolling(YearMonth lastMonth) {
        return new Period(PeriodKind.ROLLING_12_MONTHS, "12 months to " + lastMonth, lastMonth.minusMonths(11).atDay(1),
                lastMonth.atEndOfMonth());
    }

    public static Period year(FiscalYear year) {
        return new Period(PeriodKind.YEAR, year.label(), year.start(), year.end());
    }

    /** The periods of this kind that report on a financial year, in order (a rolling year by the month it ends). */
    public static List<Period> ofYear(PeriodKind kind, FiscalYear year) {
        List<Period> periods = new ArrayList<>();
        YearMonth april = YearMonth.from(year.start());
        switch (kind) {
            case QUARTER -> {
                for (int q = 1; q <= 4; q++) {
                    periods.add(quarter(year.quarter(q)));
                }
            }
            case MONTH -> {
                for (int m = 0; m < 12; m++) {
                    periods.add(month(april.plusMonths(m)));
                }
            }
            case ROLLING_12_MONTHS -> {
                for (int m = 0; m < 12; m++) {
                    periods.add(rolling(april.plusMonths(m)));
                }
            }
            case YEAR -> periods.add(year(year));
        }
        return periods;
    }

    /** The financial year the period reports on: the one its last day falls in. */
    public FiscalYear financialYear() {
        return FiscalYear.containing(end);
    }

    /** The same period a year earlier, for the change on last year. */
    public Period sameLastYear() {
        return switch (kind) {
            case QUARTER -> parse(new FiscalYear(financialYear().startYear() - 1).label() + " " + label.substring(8));
            case MONTH -> month(YearMonth.from(start).minusYears(1));
            case ROLLING_12_MONTHS -> rolling(YearMonth.from(end).minusYears(1));
            case YEAR -> year(new FiscalYear(financialYear().startYear() - 1));
        };
    }

    /**
     * How much of its financial year the period's year-to-date covers, as elapsed/whole: a quarter 1..4 of 4, a
     * month 1..12 of 12 (April is 1). A rolling year and a financial year are a whole year's worth: 1 of 1.
     */
    public IndicatorArithmetic.Share shareOfYear() {
        return switch (kind) {
            case QUARTER -> new IndicatorArithmetic.Share(FiscalQuarter.containing(start).number(), 4);
            case MONTH -> new IndicatorArithmetic.Share((start.getMonthValue() + 8) % 12 + 1, 12);
            case ROLLING_12_MONTHS, YEAR -> new IndicatorArithmetic.Share(1, 1);
        };
    }

    /** Whether the period has ended by {@code today} (its last day is today or earlier). */
    public boolean endedBy(LocalDate today) {
        return !end.isAfter(today);
    }

    /** The period's months as {@code YYYY-MM}, first and last. */
    public YearMonth firstMonth() {
        return YearMonth.from(start);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(end);
    }

    @Override
    public String toString() {
        return label;
    }
}
