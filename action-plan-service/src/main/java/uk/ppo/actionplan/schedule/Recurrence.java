package uk.ppo.actionplan.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How often a recurring milestone falls due within a plan's financial year. Each occurrence is due on
 * the last day of its period, counted from 1 April: quarterly on 30 June, 30 September, 31 December and
 * 31 March; bi-monthly at the end of May, July, September, November, January and March; monthly at
 * every month end (29 February in a leap year). Ongoing work has no due date and is never overdue.
 */
public enum Recurrence {
    QUARTERLY(3),
    BI_MONTHLY(2),
    MONTHLY(1),
    ONGOING(0);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** The due dates within the year, earliest first; empty for {@link #ONGOING}. */
    public List<LocalDate> dueDates(FiscalYear year) {
        List<LocalDate> dates = new ArrayList<>();
        if (months == 0) {
            return dates;
        }
        for (int elapsed = months; elapsed <= 12; elapsed += months) {
            dates.add(year.start().plusMonths(elapsed).minusDays(1));
        }
        return dates;
    }

    /** {@code QUARTERLY}, {@code bi-monthly}, {@code Bi monthly} ...; {@link IllegalArgumentException} otherwise. */
    public static Recurrence parse(String value) {
        String normal = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Recurrence r : values()) {
            if (r.name().equals(normal)) {
                return r;
            }
        }
        throw new IllegalArgumentException("must be one of QUARTERLY, BI_MONTHLY, MONTHLY, ONGOING");
    }
}
