-- Delivery plans that move (issue 23, item 4). A delivery plan's activities, sub-targets and risks become rows,
-- each with a number that stays its own when the plan is edited, so progress and evidence can point at one.
-- Partners record dated progress with evidence (source 000: "All partners will need to provide evidence which
-- shows their activity is being achieved"). Actions can be withdrawn, with a reason and a date.

CREATE TABLE delivery_plan_activity (
    id                  uuid           PRIMARY KEY,
    delivery_plan_id    uuid           NOT NULL REFERENCES delivery_plan (id),
    number              integer        NOT NULL,
    position            integer        NOT NULL,
    activity            varchar(1000)  NOT NULL,
    timescale           varchar(200),
    interim_measure     varchar(1000),
    measured_how_often  varchar(200),
    partner             varchar(200),
    named_contact       varchar(500),
    CONSTRAINT delivery_plan_activity_number_unique UNIQUE (delivery_plan_id, number),
    CONSTRAINT delivery_plan_activity_number_positive CHECK (number > 0)
);

CREATE TABLE delivery_plan_sub_target (
    id                uuid           PRIMARY KEY,
    delivery_plan_id  uuid           NOT NULL REFERENCES delivery_plan (id),
    number            integer        NOT NULL,
    position          integer        NOT NULL,
    text              varchar(1000)  NOT NULL,
    CONSTRAINT delivery_plan_sub_target_number_unique UNIQUE (delivery_plan_id, number),
    CONSTRAINT delivery_plan_sub_target_number_positive CHECK (number > 0)
);

CREATE TABLE delivery_plan_risk (
    id                uuid           PRIMARY KEY,
    delivery_plan_id  uuid           NOT NULL REFERENCES delivery_plan (id),
    number            integer        NOT NULL,
    position          integer        NOT NULL,
    risk              varchar(1000)  NOT NULL,
    mitigations       jsonb          NOT NULL,
    owner             varchar(200)   NOT NULL,
    CONSTRAINT delivery_plan_risk_number_unique UNIQUE (delivery_plan_id, number),
    CONSTRAINT delivery_plan_risk_number_positive CHECK (number > 0)
);

-- The lists move out of the plan's JSON columns, numbered in their order.
INSERT INTO delivery_plan_activity (id, delivery_plan_id, number, position, activity, timescale, interim_measure,
                                    measured_how_often, partner, named_contact)
SELECT gen_random_uuid(), p.id, a.n, a.n - 1, a.item ->> 'activity', a.item ->> 'timescale', a.item ->> 'interimMeasure',
       a.item ->> 'measuredHowOften', a.item ->> 'partner', a.item ->> 'namedContact'
  FROM delivery_plan p, jsonb_array_elements(p.activities) WITH ORDINALITY AS a(item, n);

INSERT INTO delivery_plan_sub_target (id, delivery_plan_id, number, position, text)
SELECT gen_random_uuid(), p.id, s.n, s.n - 1, s.item #>> '{}'
  FROM delivery_plan p, jsonb_array_elements(p.sub_targets) WITH ORDINALITY AS s(item, n);

INSERT INTO delivery_plan_risk (id, delivery_plan_id, number, position, risk, mitigations, owner)
SELECT gen_random_uuid(), p.id, r.n, r.n - 1, r.item ->> 'risk', coalesce(r.item -> 'mitigations', '[]'::jsonb),
       coalesce(r.item ->> 'owner', p.indicator_lead)
  FROM delivery_plan p, jsonb_array_elements(p.risks) WITH ORDINALITY AS r(item, n);

ALTER TABLE delivery_plan
    DROP COLUMN activities,
    DROP COLUMN sub_targets,
    DROP COLUMN risks,
    ALTER COLUMN steering_group TYPE varchar(1000),
    ADD COLUMN updated_at timestamptz,
    ADD COLUMN updated_by varchar(120);

-- A yearly target may be stated without a figure ("TBA by applying the common ratio 1.20 ..."): a note instead.
ALTER TABLE delivery_plan_target
    ALTER COLUMN reduction_percent DROP NOT NULL,
    ALTER COLUMN target_value DROP NOT NULL,
    ADD COLUMN note varchar(500),
    ADD CONSTRAINT delivery_plan_target_figure_or_note CHECK (reduction_percent IS NOT NULL OR note IS NOT NULL),
    ADD CONSTRAINT delivery_plan_target_value_with_reduction CHECK ((reduction_percent IS NULL) = (target_value IS NULL));

-- Progress of an activity or a sub-target as of a day, with evidence. Append-only: a later entry supersedes.
CREATE TABLE delivery_plan_progress (
    id                uuid           PRIMARY KEY,
    delivery_plan_id  uuid           NOT NULL REFERENCES delivery_plan (id),
    activity_id       uuid           REFERENCES delivery_plan_activity (id),
    sub_target_id     uuid           REFERENCES delivery_plan_sub_target (id),
    status            varchar(12)    NOT NULL,
    as_of             date           NOT NULL,
    note              varchar(4000),
    evidence_text     varchar(4000),
    evidence_link     varchar(2000),
    recorded_by       varchar(120)   NOT NULL,
    recorded_at       timestamptz    NOT NULL,
    CONSTRAINT delivery_plan_progress_one_item CHECK ((activity_id IS NULL) <> (sub_target_id IS NULL)),
    CONSTRAINT delivery_plan_progress_status_known
        CHECK (status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'ACHIEVED')),
    CONSTRAINT delivery_plan_progress_achieved_has_evidence CHECK (status <> 'ACHIEVED' OR evidence_text IS NOT NULL),
    CONSTRAINT delivery_plan_progress_link_has_text CHECK (evidence_link IS NULL OR evidence_text IS NOT NULL)
);
CREATE INDEX delivery_plan_progress_activity ON delivery_plan_progress (activity_id, as_of);
CREATE INDEX delivery_plan_progress_sub_target ON delivery_plan_progress (sub_target_id, as_of);
CREATE INDEX delivery_plan_progress_plan ON delivery_plan_progress (delivery_plan_id, as_of);

GRANT SELECT, INSERT, UPDATE, DELETE ON delivery_plan_activity, delivery_plan_sub_target, delivery_plan_risk TO ${runtime_role};
GRANT SELECT, INSERT ON delivery_plan_progress TO ${runtime_role};
REVOKE UPDATE, DELETE, TRUNCATE ON delivery_plan_progress FROM ${runtime_role};

-- A withdrawn action: on which day, why, and who said so.
ALTER TABLE action
    ADD COLUMN withdrawn_on       date,
    ADD COLUMN withdrawal_reason  varchar(1000),
    ADD COLUMN withdrawn_by       varchar(120);
UPDATE action SET withdrawn_on = coalesce(updated_at, created_at)::date,
                  withdrawal_reason = 'Withdrawn before reasons were recorded',
                  withdrawn_by = coalesce(updated_by, created_by)
 WHERE status = 'WITHDRAWN';
ALTER TABLE action ADD CONSTRAINT action_withdrawal_recorded
    CHECK ((status = 'WITHDRAWN') = (withdrawn_on IS NOT NULL AND withdrawal_reason IS NOT NULL AND withdrawn_by IS NOT NULL));
