-- Per-PPO plans: a targeting plan (Catch and Convict) or an intervention plan (Rehabilitate and
-- Resettle, Prevent and Deter). Personal data: every read and change is audited (audit_event).
-- The offender is offender-service's; only their id and the scheme code are kept here.
CREATE TABLE ppo_plan (
    id            uuid          PRIMARY KEY,
    offender_id   uuid          NOT NULL,
    scheme_code   varchar(20)   NOT NULL,
    strand        varchar(30)   NOT NULL,
    kind          varchar(15)   NOT NULL,
    status        varchar(10)   NOT NULL,
    replaced_by   uuid          REFERENCES ppo_plan (id) DEFERRABLE INITIALLY DEFERRED,
    replaced_at   timestamptz,
    version       bigint        NOT NULL,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(120)  NOT NULL,
    updated_at    timestamptz,
    updated_by    varchar(120),
    CONSTRAINT ppo_plan_strand_known CHECK (strand IN ('PREVENT_AND_DETER', 'CATCH_AND_CONVICT', 'REHABILITATE_AND_RESETTLE')),
    CONSTRAINT ppo_plan_kind_known CHECK (kind IN ('TARGETING', 'INTERVENTION')),
    CONSTRAINT ppo_plan_status_known CHECK (status IN ('ACTIVE', 'REPLACED')),
    CONSTRAINT ppo_plan_replacement_recorded CHECK ((status = 'REPLACED') = (replaced_by IS NOT NULL AND replaced_at IS NOT NULL))
);
-- One active plan per PPO; replaced plans stay as history.
CREATE UNIQUE INDEX ppo_plan_one_active ON ppo_plan (offender_id) WHERE status = 'ACTIVE';
CREATE INDEX ppo_plan_scheme ON ppo_plan (scheme_code, status);

-- An action of a per-PPO plan, owned by an agency.
CREATE TABLE ppo_plan_action (
    id                    uuid           PRIMARY KEY,
    ppo_plan_id           uuid           NOT NULL REFERENCES ppo_plan (id),
    position              integer        NOT NULL,
    area                  varchar(25)    NOT NULL,
    agency                varchar(30)    NOT NULL,
    text                  varchar(2000)  NOT NULL,
    due_on                date,
    status                varchar(15)    NOT NULL,
    outcome               varchar(2000),
    outcome_on            date,
    raised_at_conference  uuid,
    created_at            timestamptz    NOT NULL,
    created_by            varchar(120)   NOT NULL,
    CONSTRAINT ppo_plan_action_area_known CHECK (area IN ('ACCOMMODATION', 'DIP', 'ETE', 'LICENCE_ENFORCEMENT', 'MENTORING', 'OTHER')),
    CONSTRAINT ppo_plan_action_status_known CHECK (status IN ('OPEN', 'ACHIEVED', 'NOT_ACHIEVED')),
    CONSTRAINT ppo_plan_action_outcome_recorded CHECK ((status = 'OPEN') = (outcome_on IS NULL)),
    CONSTRAINT ppo_plan_action_position_unique UNIQUE (ppo_plan_id, position)
);
