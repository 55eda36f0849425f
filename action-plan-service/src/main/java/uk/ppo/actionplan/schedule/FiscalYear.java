package uk.ppo.actionplan.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year: 1 April to 31 March, named by its start year and the last two
 * digits of the next ({@code 2010/11} runs from 1 April 2010 to 31 March 2011). Pure, no CDI.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");

    public FiscalYear {
        if (startYear < 1900 || startYear > 2998) {
            throw new IllegalArgumentException("financial year out of range: " + startYear);
        }
    }

    /** {@code 2010/11}; anything else is an {@link IllegalArgumentException} saying what is expected. */
    public static FiscalYear parse(String value) {
        Matcher m = value == null ? null : FORMAT.matcher(value.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("must be a financial year such as 2010/11");
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("must be a financial year such as 2010/11: the second part is the next year");
        }
        return new FiscalYear(start);
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
