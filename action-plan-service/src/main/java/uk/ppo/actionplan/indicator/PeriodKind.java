package uk.ppo.actionplan.indicator;

/** The kinds of reporting period an actual can name. */
public enum PeriodKind {
    MONTH,
    QUARTER,
    ROLLING_12_MONTHS,
    YEAR
}
