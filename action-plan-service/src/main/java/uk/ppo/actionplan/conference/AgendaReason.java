package uk.ppo.actionplan.conference;

/** Why a member of the scheme is to be discussed at a case conference (a closed list; see {@link AgendaRules}). */
public enum AgendaReason {
    /** Selected after the scheme's last conference (or the scheme has held none). */
    NEW_SINCE_LAST_CONFERENCE,
    /** On the amber list (a custodial sentence over 2 years). */
    AMBER,
    /** In custody and expected out within the release window (8 weeks), or past the expected date with no release recorded. */
    RELEASE_DUE,
    /** The next review's date has passed. */
    REVIEW_OVERDUE,
    /** No active per-PPO plan. */
    NO_ACTIVE_PLAN,
    /** No conference has discussed the person in the 8 weeks before the agenda's date. */
    NOT_DISCUSSED_IN_8_WEEKS,
    /** A partner recorded an event about the person later than the service standard since the last conference. */
    SERVICE_STANDARD_MISSED
}
