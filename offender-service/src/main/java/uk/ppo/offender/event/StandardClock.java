package uk.ppo.offender.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The clock of one service standard for one item: when it is due, and whether it stopped in time, stopped
 * late, is still running within its limit (pending), or is still running past it (late at the report date).
 * <ul>
 *   <li>{@code HOURS}: due exactly n hours after the start; a stop at that instant is on time.</li>
 *   <li>{@code CALENDAR_DAYS}: due by the end of the n-th day after the start's date.</li>
 *   <li>{@code WORKING_DAYS}: due by the end of the n-th working day after the start's date (England and Wales
 *       bank holidays from the calendar). A clock that needs a year the calendar does not hold is
 *       {@code UNMEASURED}, naming the year: it is neither met nor passed silently.</li>
 * </ul>
 * Dates are UK dates (Europe/London). How late: whole units past the due point, at least 1 (hours rounded up;
 * working days counted after the due date up to the stop, or the report date while still open).
 */
public final class StandardClock {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Schema(name = "ServiceStandardUnit", description = "The unit of a service standard's limit")
    public enum Unit { HOURS, CALENDAR_DAYS, WORKING_DAYS }

    public enum Outcome { WITHIN, LATE, PENDING, UNMEASURED }

    public record Limit(int amount, Unit unit) {
    }

    /**
     * dueBy: the last moment on time (for day limits, the end of the due day in the UK); null when unmeasured.
     * lateBy: how late in the limit's unit; null unless late (or when a late clock's lateness needs a year
     * the calendar lacks). missingYear: the year the calendar lacks, when unmeasured or lateBy is null.
     */
    public record Measure(Outcome outcome, Instant dueBy, Integer lateBy, Integer missingYear) {
        public boolean late() {
            return outcome == Outcome.LATE;
        }
    }

    private StandardClock() {
    }

    /** The clock started at {@code start}; {@code stop} is null while it runs; {@code asOf} is the report date. */
    public static Measure measure(Limit limit, Instant start, Instant stop, Instant asOf, WorkingDayCalendar calendar) {
        if (limit.unit() == Unit.HOURS) {
            Instant due = start.plus(limit.amount(), ChronoUnit.HOURS);
            Instant end = stop == null ? asOf : stop;
            if (!end.isAfter(due)) {
                return new Measure(stop == null ? Outcome.PENDING : Outcome.WITHIN, due, null, null);
            }
            long minutes = Duration.between(due, end).toMinutes();
            return new Measure(Outcome.LATE, due, (int) Math.max(1, (minutes + 59) / 60), null);
        }
        LocalDate startDay = start.atZone(UK).toLocalDate();
        LocalDate dueDay;
        try {
            dueDay = limit.unit() == Unit.CALENDAR_DAYS ? startDay.plusDays(limit.amount())
                    : calendar.plusWorkingDays(startDay, limit.amount());
        } catch (WorkingDayCalendar.OutsideCalendar e) {
            return new Measure(Outcome.UNMEASURED, null, null, e.year());
        }
        Instant dueBy = dueDay.plusDays(1).atStartOfDay(UK).toInstant().minusNanos(1);
        LocalDate endDay = (stop == null ? asOf : stop).atZone(UK).toLocalDate();
        if (!endDay.isAfter(dueDay)) {
            return new Measure(stop == null ? Outcome.PENDING : Outcome.WITHIN, dueBy, null, null);
        }
        if (limit.unit() == Unit.CALENDAR_DAYS) {
            return new Measure(Outcome.LATE, dueBy, (int) ChronoUnit.DAYS.between(dueDay, endDay), null);
        }
        try {
            return new Measure(Outcome.LATE, dueBy, Math.max(1, calendar.workingDaysAfter(dueDay, endDay)), null);
        } catch (WorkingDayCalendar.OutsideCalendar e) {
            return new Measure(Outcome.LATE, dueBy, null, e.year());
        }
    }

    /** The UK date of an instant (months and days of the report are UK months and days). */
    public static LocalDate ukDate(Instant at) {
        return at.atZone(UK).toLocalDate();
    }

    static Instant ukStartOf(LocalDate day) {
        return day.atTime(LocalTime.MIDNIGHT).atZone(UK).toInstant();
    }
}
