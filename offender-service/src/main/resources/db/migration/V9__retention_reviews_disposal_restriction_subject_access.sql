-- The data-protection lifecycle (Data Protection Act 2018, Part 3): retention decisions, disposal and
-- subject access as jobs with a step per service, and restriction of processing.

-- Restriction (s.47: restrict processing instead of erasing): the person is kept but left out of every
-- list, and read only by the data protection officer and auditors.
ALTER TABLE person ADD COLUMN restricted_at timestamptz;
ALTER TABLE person ADD COLUMN restricted_by varchar(120);
ALTER TABLE person ADD COLUMN restriction_reason varchar(500);
-- Disposal anonymises the person row: the id stays (offences and NI 30 cohort members point to it, so the
-- partnership's figures stay true), every identifying field is emptied.
ALTER TABLE person ADD COLUMN disposed_at timestamptz;
ALTER TABLE person ALTER COLUMN pnc_id DROP NOT NULL;
ALTER TABLE person ALTER COLUMN first_name DROP NOT NULL;
ALTER TABLE person ALTER COLUMN last_name DROP NOT NULL;
ALTER TABLE person ALTER COLUMN date_of_birth DROP NOT NULL;
ALTER TABLE person ALTER COLUMN gender DROP NOT NULL;
ALTER TABLE person ALTER COLUMN ethnicity DROP NOT NULL;
ALTER TABLE person ADD CONSTRAINT person_identified_until_disposed CHECK (disposed_at IS NOT NULL OR (
    pnc_id IS NOT NULL AND first_name IS NOT NULL AND last_name IS NOT NULL AND date_of_birth IS NOT NULL
    AND gender IS NOT NULL AND ethnicity IS NOT NULL));

-- A review's outcome: RETAIN until the next review date, or DISPOSE. Names the policy version applied.
CREATE TABLE retention_decision (
    id              uuid          PRIMARY KEY,
    person_id       uuid          NOT NULL REFERENCES person (id),
    outcome         varchar(10)   NOT NULL CHECK (outcome IN ('RETAIN', 'DISPOSE')),
    reason          varchar(2000) NOT NULL,
    next_review_on  date,
    policy_version  integer       NOT NULL REFERENCES retention_policy (version),
    decided_by      varchar(120)  NOT NULL,
    decided_at      timestamptz   NOT NULL,
    CONSTRAINT retain_has_next_review CHECK ((outcome = 'RETAIN') = (next_review_on IS NOT NULL))
);
CREATE INDEX retention_decision_person ON retention_decision (person_id, decided_at);

-- Disposals and subject-access requests: one job, one step per service, each step retried until done.
-- Any replica may work a step (claimed with FOR UPDATE SKIP LOCKED), so a replica killed midway leaves
-- the step to the next attempt.
CREATE TABLE data_protection_job (
    id            uuid         PRIMARY KEY,
    kind          varchar(20)  NOT NULL CHECK (kind IN ('DISPOSAL', 'SUBJECT_ACCESS')),
    person_id     uuid         NOT NULL REFERENCES person (id),
    decision_id   uuid         REFERENCES retention_decision (id),
    period_from   date,
    period_to     date,
    status        varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    requested_by  varchar(120) NOT NULL,
    requested_at  timestamptz  NOT NULL,
    completed_at  timestamptz
);
CREATE INDEX data_protection_job_person ON data_protection_job (person_id, kind);

CREATE TABLE data_protection_step (
    job_id           uuid         NOT NULL REFERENCES data_protection_job (id),
    service          varchar(40)  NOT NULL,
    state            varchar(10)  NOT NULL CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    last_error       varchar(500),
    done_at          timestamptz,
    -- a disposal's receipt, or a subject-access section (JSON); emptied when the person is disposed of
    result           text,
    PRIMARY KEY (job_id, service)
);
CREATE INDEX data_protection_step_due ON data_protection_step (next_attempt_at) WHERE state = 'PENDING';

-- Decisions and reviews stay history: no change, except by the disposal of the person they are about,
-- which names that person for its own transaction (set_config('ppo.disposing_person', id, true)).
CREATE OR REPLACE FUNCTION history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('ppo.disposing_person', true) = OLD.person_id::text THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% is history: rows cannot be changed or deleted', TG_TABLE_NAME;
END;
$$;
