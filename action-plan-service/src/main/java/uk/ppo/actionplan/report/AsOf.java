package uk.ppo.actionplan.report;

import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The {@code asOf} day of a report: an ISO date, today when absent, a problem naming {@code asOf} otherwise. */
public final class AsOf {

    /** An ISO date, 2010-10-21. */
    public static final int LENGTH = 10;

    private AsOf() {
    }

    public static LocalDate parse(String asOf, Clock clock) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "must be an ISO date such as 2010-10-21");
        }
    }
}
