package uk.ppo.actionplan.indicator;

/** How often an indicator is reported, and so which periods its actuals name. */
public enum Frequency {
    /** Calendar months, {@code 2010-07}. */
    MONTHLY(PeriodKind.MONTH),
    /** Financial-year quarters, {@code 2010/11 Q1}. */
    QUARTERLY(PeriodKind.QUARTER),
    /** The 12 months ending a month, {@code 12 months to 2010-07}. */
    ROLLING_12_MONTHS(PeriodKind.ROLLING_12_MONTHS),
    /** A financial year, {@code 2010/11}. */
    ANNUAL(PeriodKind.YEAR);

    private final PeriodKind periodKind;

    Frequency(PeriodKind periodKind) {
        this.periodKind = periodKind;
    }

    public PeriodKind periodKind() {
        return periodKind;
    }
}
