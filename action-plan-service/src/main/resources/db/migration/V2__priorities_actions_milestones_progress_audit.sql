-- Workflow of a partnership plan: who approved and closed it, and its last change.
ALTER TABLE plan
    ADD COLUMN approved_by varchar(120),
    ADD COLUMN approved_at timestamptz,
    ADD COLUMN closed_by   varchar(120),
    ADD COLUMN closed_at   timestamptz,
    ADD COLUMN updated_by  varchar(120),
    ADD COLUMN updated_at  timestamptz;
-- Plans approved or closed before the workflow was recorded: their creator stands in.
UPDATE plan SET approved_by = created_by, approved_at = created_at WHERE status <> 'DRAFT' AND approved_by IS NULL;
UPDATE plan SET closed_by = created_by, closed_at = created_at WHERE status = 'CLOSED' AND closed_by IS NULL;
ALTER TABLE plan ADD CONSTRAINT plan_approval_recorded
    CHECK (status = 'DRAFT' OR (approved_by IS NOT NULL AND approved_at IS NOT NULL));
ALTER TABLE plan ADD CONSTRAINT plan_closure_recorded
    CHECK (status <> 'CLOSED' OR (closed_by IS NOT NULL AND closed_at IS NOT NULL));

-- A priority (theme) of a plan, e.g. AR "Reducing adult re-offending".
CREATE TABLE priority (
    id            uuid          PRIMARY KEY,
    plan_id       uuid          NOT NULL REFERENCES plan (id),
    code          varchar(10)   NOT NULL,
    title         varchar(200)  NOT NULL,
    what_and_why  varchar(4000),
    outcomes      varchar(4000),
    hotspots      varchar(4000),
    created_at    timestamptz   NOT NULL,
    created_by    varchar(120)  NOT NULL,
    CONSTRAINT priority_code_unique_in_plan UNIQUE (plan_id, code)
);

-- An action of a plan under one of its priorities, e.g. AR1.
CREATE TABLE action (
    id                      uuid           PRIMARY KEY,
    plan_id                 uuid           NOT NULL REFERENCES plan (id),
    priority_id             uuid           NOT NULL REFERENCES priority (id),
    code                    varchar(12)    NOT NULL,
    text                    varchar(2000)  NOT NULL,
    lead_organisation       varchar(120)   NOT NULL,
    lead_job_title          varchar(120),
    lead_reporting_officer  varchar(120),
    cost_pence              bigint,
    cost_note               varchar(200),
    completion_due          date,
    status                  varchar(10)    NOT NULL,
    completed_on            date,
    version                 bigint         NOT NULL,
    created_at              timestamptz    NOT NULL,
    created_by              varchar(120)   NOT NULL,
    updated_at              timestamptz,
    updated_by              varchar(120),
    CONSTRAINT action_code_unique_in_plan UNIQUE (plan_id, code),
    CONSTRAINT action_cost_amount_or_note CHECK (cost_pence IS NULL OR cost_note IS NULL),
    CONSTRAINT action_cost_not_negative CHECK (cost_pence IS NULL OR cost_pence >= 0),
    CONSTRAINT action_status_known CHECK (status IN ('OPEN', 'COMPLETED', 'WITHDRAWN')),
    CONSTRAINT action_completion_recorded CHECK ((status = 'COMPLETED') = (completed_on IS NOT NULL))
);
CREATE INDEX action_priority ON action (priority_id);

-- A milestone of an action, with the due specification as the plan states it.
CREATE TABLE milestone (
    id          uuid           PRIMARY KEY,
    action_id   uuid           NOT NULL REFERENCES action (id),
    text        varchar(1000)  NOT NULL,
    due_kind    varchar(10)    NOT NULL,
    due_value   varchar(20)    NOT NULL,
    done_on     date,
    version     bigint         NOT NULL,
    created_at  timestamptz    NOT NULL,
    created_by  varchar(120)   NOT NULL,
    CONSTRAINT milestone_due_kind_known CHECK (due_kind IN ('DATE', 'MONTH', 'QUARTER', 'RECURRENCE'))
);
CREATE INDEX milestone_action ON milestone (action_id);

-- The concrete due dates a milestone resolves to (one, or one per recurrence), each done or not.
CREATE TABLE milestone_due (
    milestone_id  uuid          NOT NULL REFERENCES milestone (id),
    position      integer       NOT NULL,
    due_on        date          NOT NULL,
    done_on       date,
    done_by       varchar(120),
    PRIMARY KEY (milestone_id, position)
);

-- Quarterly progress of an action: append-only, the latest update of a quarter counts.
CREATE TABLE progress_update (
    id           uuid           PRIMARY KEY,
    action_id    uuid           NOT NULL REFERENCES action (id),
    quarter      varchar(10)    NOT NULL,
    rag          varchar(5)     NOT NULL,
    note         varchar(4000),
    recorded_by  varchar(120)   NOT NULL,
    recorded_at  timestamptz    NOT NULL,
    CONSTRAINT progress_rag_known CHECK (rag IN ('RED', 'AMBER', 'GREEN')),
    CONSTRAINT progress_quarter_format CHECK (quarter ~ '^[0-9]{4}/[0-9]{2} Q[1-4]$')
);
CREATE INDEX progress_action ON progress_update (action_id, recorded_at);

-- Append-only log of every change, and of every read of personal data (who, role, agency, what,
-- whose, when, request id, purpose). Rows cannot be updated or deleted.
CREATE TABLE audit_event (
    id            uuid           PRIMARY KEY,
    occurred_at   timestamptz    NOT NULL,
    actor         varchar(120)   NOT NULL,
    roles         varchar(300)   NOT NULL,
    agency        varchar(60),
    action        varchar(40)    NOT NULL,
    subject_type  varchar(30)    NOT NULL,
    subject_id    uuid,
    person_id     uuid,
    plan_id       uuid,
    detail        varchar(2000),
    request_id    varchar(128),
    purpose       varchar(300)
);
CREATE INDEX audit_event_person ON audit_event (person_id, occurred_at);
CREATE INDEX audit_event_subject ON audit_event (subject_id, occurred_at);
CREATE INDEX audit_event_plan ON audit_event (plan_id, occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
