package uk.ppo.offender.person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewScheduleTest {

    /**
     * status, strand, from (decision, review or release), last reviewed, expected release (in custody), pre-release days
     * -> next review, pre-release.
     */
    @ParameterizedTest(name = "{0} {1} from {2}, reviewed {3}, release {4}, {5} days -> {6} {7}")
    @CsvSource(nullValues = "-", value = {
            // the strand intervals: P&D 3 months, C&C and R&R 6
            "ACTIVE, PREVENT_DETER, 2026-01-15, -, -, 28, 2026-04-15, false",
            "ACTIVE, CATCH_CONVICT, 2026-01-15, -, -, 28, 2026-07-15, false",
            "ACTIVE, REHABILITATE_RESETTLE, 2026-08-31, 2026-08-31, -, 28, 2027-02-28, false",
            // an active PPO in custody (a sentence of 2 years or less) keeps the strand interval
            "ACTIVE, CATCH_CONVICT, 2026-01-15, -, 2026-09-01, 28, 2026-07-15, false",
            // amber in custody: the pre-release review, 28 days (or the scheme's days) before the expected release
            "AMBER, CATCH_CONVICT, 2026-01-15, -, 2028-03-14, 28, 2028-02-15, true",
            "AMBER, PREVENT_DETER, 2026-01-15, 2025-12-01, 2028-03-14, 28, 2028-02-15, true",
            "AMBER, REHABILITATE_RESETTLE, 2026-01-15, -, 2028-03-14, 14, 2028-02-29, true",
            "AMBER, CATCH_CONVICT, 2026-01-15, -, 2028-03-14, 90, 2027-12-15, true",
            // a review before the pre-release date leaves the pre-release review next
            "AMBER, CATCH_CONVICT, 2027-06-01, 2027-06-01, 2028-03-14, 28, 2028-02-15, true",
            // the pre-release review held: one strand interval after it
            "AMBER, CATCH_CONVICT, 2028-02-15, 2028-02-15, 2028-03-14, 28, 2028-08-15, false",
            "AMBER, PREVENT_DETER, 2028-02-20, 2028-02-20, 2028-03-14, 28, 2028-05-20, false",
            // amber within 28 days of release: the pre-release review is due already (overdue)
            "AMBER, CATCH_CONVICT, 2026-03-01, -, 2026-03-10, 28, 2026-02-10, true",
            // released (no expected release any more): one strand interval after the release
            "AMBER, CATCH_CONVICT, 2028-03-14, 2028-02-15, -, 28, 2028-09-14, false",
            "AMBER, PREVENT_DETER, 2028-03-14, -, -, 28, 2028-06-14, false",
            // not on the scheme: no review
            "DESELECTED, -, 2026-01-15, -, -, 28, -, false",
            "REMOVED, -, 2026-01-15, -, 2030-01-01, 28, -, false",
            "CANDIDATE, -, 2026-01-15, -, -, 28, -, false"})
    void schedulesTheNextReview(PersonStatus status, Strand strand, LocalDate from, LocalDate lastReviewed, LocalDate release,
                                int days, LocalDate due, boolean preRelease) {
        assertEquals(new ReviewSchedule.Next(due, preRelease),
                ReviewSchedule.next(new ReviewSchedule.Input(status, strand, from, lastReviewed, release, days)));
    }
}
