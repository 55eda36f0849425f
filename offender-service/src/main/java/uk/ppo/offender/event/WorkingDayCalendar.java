package uk.ppo.offender.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays (substitute and one-off days
 * included), for the years the calendar holds. Bank holidays are announced by government, so they are data
 * (the bank_holiday table), not rules; asking about a day in a year the calendar does not hold is an
 * {@link OutsideCalendar}, never a guess.
 */
public final class WorkingDayCalendar {

    /** A day in a year whose bank holidays the calendar does not hold. */
    public static final class OutsideCalendar extends RuntimeException {
        private final int year;

        OutsideCalendar(int year) {
            super("the bank holiday calendar does not hold " + year);
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    private final Set<LocalDate> holidays;
    private final Set<Integer> years;

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<Integer> years) {
        this.holidays = Set.copyOf(holidays);
        this.years = Set.copyOf(years);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!years.contains(day.getYear())) {
            throw new OutsideCalendar(day.getYear());
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The n-th working day after {@code day} (a clock started on a weekend or holiday counts from the next). */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}. */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
