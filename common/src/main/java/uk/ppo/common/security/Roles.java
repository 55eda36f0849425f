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

    /** Token claim naming the caller's agency (police, probation, yos, ...). */
    public static final String AGENCY_CLAIM = "agency";
    /** Token claim limiting a caller to some schemes (codes); absent means all schemes. */
    public static final String SCHEMES_CLAIM = "schemes";

    private Roles() {
    }
}
