package uk.ppo.offender.person;

import java.time.LocalDate;

/**
 * When a current PPO's next review falls. Pure.
 * <ul>
 *   <li>An AMBER PPO in custody with an expected release date is next reviewed before release (003 6.1, 6.2:
 *       "held on amber list until review prior to release"): the scheme's pre-release days before the expected
 *       release, until a review is held on or after that date. A date already past is simply overdue.</li>
 *   <li>Otherwise one strand interval (P&amp;D 3 months, C&amp;C and R&amp;R 6) after the date the schedule is
 *       set from: the panel's decision, the review held, or the amber PPO's release.</li>
 *   <li>Someone not on the scheme has no review.</li>
 * </ul>
 */
public final class ReviewSchedule {

    private ReviewSchedule() {
    }

    /** {@code expectedReleaseOn}: only while in custody. */
    public record Input(PersonStatus status, Strand strand, LocalDate from, LocalDate lastReviewedOn,
                        LocalDate expectedReleaseOn, int preReleaseDays) {
    }

    /** {@code due} null for someone not on the scheme. */
    public record Next(LocalDate due, boolean preRelease) {
        static final Next NONE = new Next(null, false);
    }

    public static Next next(Input in) {
        if (!in.status().isCurrentPpo()) {
            return Next.NONE;
        }
        if (in.status() == PersonStatus.AMBER && in.expectedReleaseOn() != null) {
            LocalDate preRelease = in.expectedReleaseOn().minusDays(in.preReleaseDays());
            if (in.lastReviewedOn() == null || in.lastReviewedOn().isBefore(preRelease)) {
                return new Next(preRelease, true);
            }
        }
        return new Next(in.from().plusMonths(in.strand().reviewMonths()), false);
    }
}
