-- Indicator delivery plans (e.g. NI 30): what the indicator is, its baseline and yearly targets, who
-- leads and who takes part, the risks with their mitigations and owners, and the activities.
CREATE TABLE delivery_plan (
    id                      uuid           PRIMARY KEY,
    indicator               varchar(20)    NOT NULL,
    title                   varchar(200)   NOT NULL,
    partnership             varchar(200)   NOT NULL,
    definition              varchar(4000)  NOT NULL,
    baseline_value          integer        NOT NULL,
    baseline_period         varchar(200)   NOT NULL,
    indicator_lead          varchar(200)   NOT NULL,
    statutory_partners      jsonb          NOT NULL,
    non_statutory_partners  jsonb          NOT NULL,
    steering_group          varchar(200),
    sub_targets             jsonb          NOT NULL,
    links                   jsonb          NOT NULL,
    resources               varchar(4000),
    risks                   jsonb          NOT NULL,
    activities              jsonb          NOT NULL,
    version                 bigint         NOT NULL,
    created_at              timestamptz    NOT NULL,
    created_by              varchar(120)   NOT NULL,
    CONSTRAINT delivery_plan_unique UNIQUE (partnership, indicator),
    CONSTRAINT delivery_plan_baseline_not_negative CHECK (baseline_value >= 0)
);

-- Yearly targets: a reduction on the baseline and the value it allows, e.g. 2009/10 -22% → 213.
CREATE TABLE delivery_plan_target (
    delivery_plan_id   uuid          NOT NULL REFERENCES delivery_plan (id),
    position           integer       NOT NULL,
    financial_year     varchar(7)    NOT NULL,
    reduction_percent  numeric(5,2)  NOT NULL,
    target_value       integer       NOT NULL,
    PRIMARY KEY (delivery_plan_id, position),
    CONSTRAINT delivery_plan_target_year_unique UNIQUE (delivery_plan_id, financial_year)
);
