package uk.ppo.actionplan.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a UK financial year: Q1 is April to June, Q2 July to September, Q3 October to
 * December, Q4 January to March of the next calendar year. Written {@code 2010/11 Q3}. Pure, no CDI.
 */
public record FiscalQuarter(FiscalYear year, int number) implements Comparable<FiscalQuarter> {

    private static final Pattern FORMAT = Pattern.compile("(\\S+)\\s+Q(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Comparator<FiscalQuarter> ORDER =
            Comparator.comparing(FiscalQuarter::year).thenComparingInt(FiscalQuarter::number);

    public FiscalQuarter {
        if (year == null) {
            throw new IllegalArgumentException("year is required");
        }
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("the quarter must be Q1 to Q4, not Q" + number);
        }
    }

    /** {@code 2010/11 Q3}; anything else is an {@link IllegalArgumentException} saying what is expected. */
    public static FiscalQuarter parse(String value) {
        Matcher m = value == null ? null : FORMAT.matcher(value.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("must be a financial-year quarter such as 2010/11 Q3");
        }
        FiscalYear year = FiscalYear.parse(m.group(1));
        String digits = m.group(2);
        int number = digits.length() > 2 ? 99 : Integer.parseInt(digits);
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("the quarter must be Q1 to Q4, not Q" + digits);
        }
        return new FiscalQuarter(year, number);
    }

    public static FiscalQuarter containing(LocalDate date) {
        FiscalYear year = FiscalYear.containing(date);
        int monthsIn = (date.getMonthValue() + 8) % 12; // April 0 ... March 11
        return new FiscalQuarter(year, monthsIn / 3 + 1);
    }

    public LocalDate start() {
        return year.start().plusMonths(3L * (number - 1));
    }

    /** The last day of the quarter: 30 June, 30 September, 31 December or 31 March. */
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FiscalQuarter next() {
        return number == 4 ? new FiscalQuarter(new FiscalYear(year.startYear() + 1), 1) : new FiscalQuarter(year, number + 1);
    }

    public String label() {
        return year.label() + " Q" + number;
    }

    @Override
    public int compareTo(FiscalQuarter other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}
