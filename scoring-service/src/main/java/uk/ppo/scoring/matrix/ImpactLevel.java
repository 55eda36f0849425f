package uk.ppo.scoring.matrix;

/** Impact on the public; the highest level among a person's offences scores once. */
public enum ImpactLevel {
    /** Slight or none: also the level of a person with no offences in the window. */
    SLIGHT,
    MODERATE,
    SERIOUS
}
