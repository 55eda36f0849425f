package uk.ppo.actionplan.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reasons to discuss a current member of a scheme at the case conference on a day. Pure. Every member is on
 * the agenda; one with no reason has an empty list. "The last conference" is the scheme's latest held before the
 * day.
 */
public final class AgendaRules {

    /** Release due: expected out within 8 weeks of the conference. */
    public static final int RELEASE_WINDOW_DAYS = 56;
    /** Not discussed in the last 8 weeks. */
    public static final int DISCUSSION_WINDOW_DAYS = 56;

    private AgendaRules() {
    }

    /**
     * One member as the agenda sees them. {@code expectedReleaseOn} only while in custody; {@code lastDiscussedOn}
     * the latest earlier conference with an item about them; {@code standardsMissed} since the last conference.
     */
    public record Member(boolean amber, LocalDate selectedOn, LocalDate nextReviewDue, LocalDate expectedReleaseOn,
                         boolean activePlan, LocalDate lastDiscussedOn, int standardsMissed) {
    }

    public static List<AgendaReason> reasons(Member m, LocalDate on, LocalDate lastConferenceOn) {
        List<AgendaReason> reasons = new ArrayList<>();
        if (lastConferenceOn == null || (m.selectedOn() != null && m.selectedOn().isAfter(lastConferenceOn))) {
            reasons.add(AgendaReason.NEW_SINCE_LAST_CONFERENCE);
        }
        if (m.amber()) {
            reasons.add(AgendaReason.AMBER);
        }
        if (m.expectedReleaseOn() != null && !m.expectedReleaseOn().isAfter(on.plusDays(RELEASE_WINDOW_DAYS))) {
            reasons.add(AgendaReason.RELEASE_DUE);
        }
        if (m.nextReviewDue() != null && m.nextReviewDue().isBefore(on)) {
            reasons.add(AgendaReason.REVIEW_OVERDUE);
        }
        if (!m.activePlan()) {
            reasons.add(AgendaReason.NO_ACTIVE_PLAN);
        }
        if (m.lastDiscussedOn() == null || m.lastDiscussedOn().isBefore(on.minusDays(DISCUSSION_WINDOW_DAYS))) {
            reasons.add(AgendaReason.NOT_DISCUSSED_IN_8_WEEKS);
        }
        if (m.standardsMissed() > 0) {
            reasons.add(AgendaReason.SERVICE_STANDARD_MISSED);
        }
        return reasons;
    }
}
