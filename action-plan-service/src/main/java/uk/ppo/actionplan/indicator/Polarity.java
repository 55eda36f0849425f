package uk.ppo.actionplan.indicator;

/** Which way an indicator improves: fewer re-offences is better, more people in treatment is better. */
public enum Polarity {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER
}
