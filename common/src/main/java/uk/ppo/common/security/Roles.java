package uk.ppo.common.security;

/** The realm roles of the {@code ppo} Keycloak realm, exactly as the tokens carry them. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String COORDINATOR = "coordinator";
    public static final String OFFENDER_MANAGER = "offender-manager";
    public static final String OFFICER = "officer";
    public static final String ANALYST = "analyst";
    public static final String PARTNER_SYSTEM = "partner-system";
    public static final String AUDITOR = "auditor";
    /** Retention reviews, disposal, restriction and subject access (the data-protection lifecycle). */
    public static final String DATA_PROTECTION_OFFICER = "data-protection-officer";
    /** Reads a whole scheme's scoring inputs; held by scoring-service's client alone. */
    public static final String SCORING_FEED = "scoring-feed";
    /** Reads a scheme's members and the facts a case-conference agenda needs; held by action-plan-service's client alone. */
    public static final String CONFERENCE_FEED = "conference-feed";
    /**
     * Reads the figures partnership indicators are computed from (NI 30 cohort reports from offender-service, police.uk
     * crime counts from hotspot-service): counts, no personal data; held by action-plan-service's client alone.
     */
    public static final String INDICATOR_FEED = "indicator-feed";
    /** Asks offender-service which scheme a person or scheme id is in now; held by the services' own clients alone. */
    public static final String SCOPE_LOOKUP = "scope-lookup";
    /**
     * Reads and disposes of one person's records in every service (subject access and disposal, DPA 2018 Part 3);
     * held by offender-service's client alone, which orchestrates both for the data protection officer.
     */
    public static final String DATA_PROTECTION_SERVICE = "data-protection-service";

    /** Token claim naming the caller's agency (police, probation, yos, ...). */
    public static final String AGENCY_CLAIM = "agency";
    /** Token claim naming the schemes (codes) a caller may see; {@code *} for all, absent for none. */
    public static final String SCHEMES_CLAIM = "schemes";

    private Roles() {
    }
}
