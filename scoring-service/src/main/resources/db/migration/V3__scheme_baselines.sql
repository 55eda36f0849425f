-- A scheme's baseline for its cohort trend: the cohort total matrix score and the P&D ASSET total
-- when the baseline was taken, and the reduction aimed for every six months (aggregate, no personal data).
CREATE TABLE scheme_baseline (
    scheme_id                  uuid          PRIMARY KEY,
    scheme_code                varchar(20)   NOT NULL,
    cohort_total               int           NOT NULL CHECK (cohort_total >= 0),
    pnd_asset_total            int           NOT NULL CHECK (pnd_asset_total >= 0),
    taken_on                   date          NOT NULL,
    reduction_target_percent   numeric(4,1)  NOT NULL CHECK (reduction_target_percent >= 0 AND reduction_target_percent <= 100),
    recorded_at                timestamptz   NOT NULL,
    recorded_by                varchar(120)  NOT NULL
);
