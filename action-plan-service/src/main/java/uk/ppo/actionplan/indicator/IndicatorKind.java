package uk.ppo.actionplan.indicator;

/**
 * What an indicator's values are. Only counts add up over a year (so their in-year target is pro rata); a rate,
 * a percentage or a ratio is compared with the target itself.
 */
public enum IndicatorKind {
    /** A number of things, e.g. NI 30's proven offences of the cohort. */
    COUNT,
    /** Per 1,000 population, e.g. ASB incidents per 1,000. */
    RATE_PER_1000,
    /** A percentage, e.g. NI 18's rate of proven re-offending (6.99 %). */
    PERCENTAGE,
    /** Actual ÷ predicted, e.g. NI 38's 0.73: below 1 is better than predicted when lower is better. */
    PREDICTED_VS_ACTUAL_RATIO
}
