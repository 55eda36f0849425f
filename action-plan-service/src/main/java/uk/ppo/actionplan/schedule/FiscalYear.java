package uk.ppo.actionplan.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year: 1 April to 31 March, named by its start year and the last two
 * digits of the next ({@code 2010/11} runs from 1 April 2010 to 31 March 2011). Pure, no CDI.
 * <p>
 * The one home of the financial-year rule: its form, and the years accepted ({@link #FIRST} to {@link #LAST}).
 * Every field or parameter taking a financial year parses it here (bean validation through
 * {@link uk.ppo.actionplan.plan.FinancialYear}), so what passes validation can always be parsed later.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    /** The first and last start years accepted. */
    public static final int FIRST = 1900;
    public static final int LAST = 2998;
    /** Every financial year label is this long ({@code 2010/11}), as the financial_year columns store it (varchar(7)). */
    public static final int LENGTH = 7;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");

    public FiscalYear {
        if (startYear < FIRST || startYear > LAST) {
            throw new IllegalArgumentException("must be a financial year from " + label(FIRST) + " to " + label(LAST)
                    + ", such as 2010/11");
        }
    }

    /** {@code 2010/11}; anything else is an {@link IllegalArgumentException} saying what is expected. */
    public static FiscalYear parse(String value) {
        Matcher m = value == null ? null : FORMAT.matcher(value.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("must be a financial year such as 2010/11: a year, '/' and the last two digits of the next year");
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("must be a financial year such as 2010/11: the second part is the next year");
        }
        return new FiscalYear(start);
    }

    /** True for exactly a financial year's label as stored ({@code 2010/11}, no spaces), within the years accepted. */
    public static boolean isFinancialYear(String value) {
        if (value == null || !value.equals(value.strip())) {
            return false;
        }
        try {
            parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The financial year a date falls in: 31 March 2011 is in 2010/11, 1 April 2011 in 2011/12. */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FiscalQuarter quarter(int number) {
        return new FiscalQuarter(this, number);
    }

    public String label() {
        return label(startYear);
    }

    private static String label(int startYear) {
        return String.format("%04d/%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
