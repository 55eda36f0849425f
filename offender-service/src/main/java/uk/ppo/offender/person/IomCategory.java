package uk.ppo.offender.person;

/**
 * The cohorts of Integrated Offender Management (source 001 AR1-AR3, 004 section 7). IOM builds on the PPO
 * scheme and extends the same panel, case management, support and enforcement to other offenders. A person
 * is in IOM under at most one of PPO, SHORT_SENTENCE, WOMEN_SHORT_SENTENCE and DIP at a time; MAPPA is a
 * flag that goes with any of them (or none): MAPPA manages the person, IOM works alongside.
 */
public enum IomCategory {
    /** The PPO scheme itself: entered by SELECT, left by DESELECT or REMOVE. */
    PPO,
    /** Adults sentenced to custody under 12 months: no statutory supervision on release. */
    SHORT_SENTENCE,
    /** Women sentenced to custody under 12 months (the Corston cohort of source 001). */
    WOMEN_SHORT_SENTENCE,
    /** Drug Intervention Programme clients. */
    DIP,
    /** Managed under Multi-Agency Public Protection Arrangements. */
    MAPPA;

    /** Custody under this many months makes a short sentence. */
    public static final int SHORT_SENTENCE_UNDER_MONTHS = 12;

    /** The person's cohort as reported: PPO while a current PPO, else the managed cohort (or null). */
    public static IomCategory cohortOf(PersonStatus status, IomCategory managed) {
        return status.isCurrentPpo() ? PPO : managed;
    }

    /** Whether membership is the person's one managed cohort (not the MAPPA flag, not PPO's own decisions). */
    public boolean isManagedCohort() {
        return this == SHORT_SENTENCE || this == WOMEN_SHORT_SENTENCE || this == DIP;
    }
}
