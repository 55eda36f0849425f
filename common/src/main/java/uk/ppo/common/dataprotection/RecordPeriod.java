package uk.ppo.common.dataprotection;

import uk.ppo.common.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The days a subject access request covers, both ends inclusive and either open; a record belongs by its date
 * and a disclosure by the day (UTC) it was made. Pure.
 */
public record RecordPeriod(LocalDate from, LocalDate to) {

    public static final RecordPeriod ALL = new RecordPeriod(null, null);

    public RecordPeriod {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
    }

    /**
     * The period of a request's {@code from} and {@code to} query parameters (ISO dates, either absent), as a 400
     * problem naming the field when one is not a date (a typed query parameter would answer 404).
     */
    public static RecordPeriod parse(String from, String to) {
        return new RecordPeriod(day("from", from), day("to", to));
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO date (yyyy-mm-dd)");
        }
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean contains(Instant at) {
        return contains(at.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** The first instant of {@code from} (UTC), or null when open. */
    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after {@code to} (UTC), for a half-open window, or null when open. */
    public Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
