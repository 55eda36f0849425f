-- Partnership performance indicators as data (issue 23, item 1): what each indicator measures, its baseline,
-- its targets per financial year, and the actuals per period, entered by partners or computed by the suite.
-- No personal data: these are counts and rates of a partnership.
CREATE TABLE indicator (
    id                       uuid           PRIMARY KEY,
    partnership              varchar(200)   NOT NULL,
    code                     varchar(20)    NOT NULL,
    title                    varchar(200)   NOT NULL,
    definition               varchar(4000)  NOT NULL,
    unit                     varchar(100)   NOT NULL,
    polarity                 varchar(20)    NOT NULL,
    kind                     varchar(30)    NOT NULL,
    frequency                varchar(20)    NOT NULL,
    baseline_period          varchar(200),
    baseline_value           numeric(14,4),
    lead_organisation        varchar(200)   NOT NULL,
    lead_job_title           varchar(200)   NOT NULL,
    amber_tolerance_percent  numeric(5,2)   NOT NULL,
    source_type              varchar(30),
    source_cohort_id         uuid,
    source_area_code         varchar(12),
    source_crime_types       jsonb,
    version                  bigint         NOT NULL,
    created_at               timestamptz    NOT NULL,
    created_by               varchar(120)   NOT NULL,
    updated_at               timestamptz    NOT NULL,
    updated_by               varchar(120)   NOT NULL,
    CONSTRAINT indicator_code_unique UNIQUE (partnership, code),
    CONSTRAINT indicator_polarity_known CHECK (polarity IN ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER')),
    CONSTRAINT indicator_kind_known CHECK (kind IN ('COUNT', 'RATE_PER_1000', 'PERCENTAGE', 'PREDICTED_VS_ACTUAL_RATIO')),
    CONSTRAINT indicator_frequency_known CHECK (frequency IN ('MONTHLY', 'QUARTERLY', 'ROLLING_12_MONTHS', 'ANNUAL')),
    CONSTRAINT indicator_source_known CHECK (source_type IS NULL OR source_type IN ('NI30_COHORT', 'POLICE_UK_CRIMES')),
    CONSTRAINT indicator_amber_tolerance_range CHECK (amber_tolerance_percent >= 0 AND amber_tolerance_percent <= 100)
);

-- A target per financial year: the value (given, or the baseline less a reduction) and an optional stretch (reward).
CREATE TABLE indicator_target (
    indicator_id               uuid           NOT NULL REFERENCES indicator (id),
    financial_year             varchar(7)     NOT NULL,
    reduction_percent          numeric(6,2),
    target_value               numeric(14,4)  NOT NULL,
    stretch_reduction_percent  numeric(6,2),
    stretch_value              numeric(14,4),
    PRIMARY KEY (indicator_id, financial_year)
);

-- Actuals per period. A second actual for a period replaces the first, which stays as history (superseded_*).
CREATE TABLE indicator_actual (
    id             uuid           PRIMARY KEY,
    indicator_id   uuid           NOT NULL REFERENCES indicator (id),
    period         varchar(30)    NOT NULL,
    period_start   date           NOT NULL,
    period_end     date           NOT NULL,
    value          numeric(14,4)  NOT NULL,
    predicted      numeric(14,4),
    note           varchar(1000),
    computed       boolean        NOT NULL,
    source         varchar(500),
    entered_at     timestamptz    NOT NULL,
    entered_by     varchar(120)   NOT NULL,
    superseded_at  timestamptz,
    superseded_by  varchar(120),
    CONSTRAINT indicator_actual_value_not_negative CHECK (value >= 0),
    CONSTRAINT indicator_actual_period_order CHECK (period_start <= period_end)
);

CREATE UNIQUE INDEX indicator_actual_current ON indicator_actual (indicator_id, period) WHERE superseded_at IS NULL;
CREATE INDEX indicator_actual_by_indicator ON indicator_actual (indicator_id, period_end);
