package uk.ppo.offender.person;

/**
 * Why a person is on the list (Thurrock PPO strategy, section 5.0): "either due to the volume of their
 * offending – Prolific or due to the seriousness of their offending and impact on the community – Priority".
 * Given on every nomination and selection. Rows recorded before the basis was asked for have none: the API
 * leaves the field out for them ("not recorded") rather than inventing one.
 */
public enum ListingBasis {
    /** The volume of their offending. */
    PROLIFIC,
    /** The seriousness of their offending and its impact on the community. */
    PRIORITY
}
