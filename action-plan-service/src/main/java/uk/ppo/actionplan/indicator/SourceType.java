package uk.ppo.actionplan.indicator;

/** Where the suite holds the data to compute an indicator's actuals itself. */
public enum SourceType {
    /** offender-service's NI 30 cohort report: the cohort's proven offences in the period. */
    NI30_COHORT,
    /** hotspot-service's police.uk street-level crimes: a count of the given categories in an area (per 1,000 for a rate). */
    POLICE_UK_CRIMES
}
