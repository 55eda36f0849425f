package uk.ppo.offender.needs;

/**
 * The lifestyle and resettlement areas a needs assessment covers: the factors the Thurrock PPO panel weighs
 * (003 section 5.2: drug or alcohol dependency, relationship status, accommodation and employment) and the
 * resettlement pathways the partnerships work on (education and training, attitudes, finance).
 */
public enum NeedArea {
    /** With a status (settled, unsettled, no fixed abode), now or on release from custody. */
    ACCOMMODATION,
    /** With a status (employed, unemployed). */
    EMPLOYMENT,
    EDUCATION_TRAINING,
    /** With Class A use and whether the person is a Drug Intervention Programme (DIP) client. */
    DRUGS,
    ALCOHOL,
    RELATIONSHIPS,
    ATTITUDES,
    FINANCE
}
