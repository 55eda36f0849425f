package uk.ppo.offender.person;

/** Where a person stands with the scheme. ACTIVE and AMBER are current PPOs. */
public enum PersonStatus {
    /** Known to the scheme (e.g. nominated), not selected. */
    CANDIDATE,
    ACTIVE,
    /** Custodial sentence over 2 years: monitored, reviewed before release. */
    AMBER,
    DESELECTED,
    /** Removed in full (e.g. custody over 10 years). */
    REMOVED;

    public boolean isCurrentPpo() {
        return this == ACTIVE || this == AMBER;
    }
}
