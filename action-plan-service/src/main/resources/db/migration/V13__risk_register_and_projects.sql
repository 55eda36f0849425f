-- Issue 23, items 5 and 6: the partnership's risk register and the status of its projects (source 004).
-- New tables get the runtime role's grants from V8's default privileges.

-- Projects of a partnership with the stage each has reached (004's "Project Status" milestones) and its
-- deliverables, each done or outstanding and marked changed or not (004's ✓ and Δ).
CREATE TABLE project (
    id                 uuid           PRIMARY KEY,
    partnership        varchar(200)   NOT NULL,
    name               varchar(200)   NOT NULL,
    lead_organisation  varchar(120),
    lead_job_title     varchar(200)   NOT NULL,
    stage              varchar(30)    NOT NULL,
    stage_since        date           NOT NULL,
    note               varchar(2000),
    deliverables       jsonb          NOT NULL,
    version            bigint         NOT NULL,
    created_at         timestamptz    NOT NULL,
    created_by         varchar(120)   NOT NULL,
    updated_at         timestamptz,
    updated_by         varchar(120),
    CONSTRAINT project_unique UNIQUE (partnership, name),
    CONSTRAINT project_stage_known CHECK (stage IN ('PROJECT_LEAD', 'PROJECT_BRIEF', 'STEERING_GROUP', 'PID',
        'DETAILED_DESIGN_SOLUTION', 'PARTNER_AGREEMENT', 'NEEDS_ANALYSIS', 'COMMISSIONING_STRATEGY', 'FUNDING_ALLOCATION',
        'COMMISSIONING', 'IMPLEMENTATION'))
);

-- A risk of the partnership, scored likelihood × impact (1–5 each), optionally about one plan, delivery plan or
-- project.
CREATE TABLE risk (
    id                  uuid           PRIMARY KEY,
    partnership         varchar(200)   NOT NULL,
    risk                varchar(1000)  NOT NULL,
    cause               varchar(1000),
    effect              varchar(1000),
    owner_organisation  varchar(120),
    owner_job_title     varchar(200),
    likelihood          integer,
    impact              integer,
    mitigations         jsonb          NOT NULL,
    status              varchar(10)    NOT NULL,
    identified_on       date,
    review_date         date,
    closed_on           date,
    closing_note        varchar(2000),
    plan_id             uuid           REFERENCES plan (id),
    delivery_plan_id    uuid           REFERENCES delivery_plan (id),
    project_id          uuid           REFERENCES project (id),
    version             bigint         NOT NULL,
    created_at          timestamptz    NOT NULL,
    created_by          varchar(120)   NOT NULL,
    updated_at          timestamptz,
    updated_by          varchar(120),
    CONSTRAINT risk_status_known CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT risk_likelihood_range CHECK (likelihood BETWEEN 1 AND 5),
    CONSTRAINT risk_impact_range CHECK (impact BETWEEN 1 AND 5),
    CONSTRAINT risk_scored_whole CHECK ((likelihood IS NULL) = (impact IS NULL)),
    CONSTRAINT risk_closure_recorded CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL AND closing_note IS NOT NULL)),
    CONSTRAINT risk_one_link CHECK (num_nonnulls(plan_id, delivery_plan_id, project_id) <= 1)
);
CREATE INDEX risk_partnership ON risk (partnership, status);
CREATE INDEX risk_delivery_plan ON risk (delivery_plan_id);

-- Who changed what when: one row per change of a risk or a project, the fields as they were and became.
CREATE TABLE risk_change (
    id          uuid          PRIMARY KEY,
    risk_id     uuid          NOT NULL REFERENCES risk (id),
    version     bigint        NOT NULL,
    changed_at  timestamptz   NOT NULL,
    changed_by  varchar(120)  NOT NULL,
    what        varchar(30)   NOT NULL,
    changes     jsonb         NOT NULL
);
CREATE INDEX risk_change_risk ON risk_change (risk_id, changed_at);

CREATE TABLE project_change (
    id          uuid          PRIMARY KEY,
    project_id  uuid          NOT NULL REFERENCES project (id),
    version     bigint        NOT NULL,
    changed_at  timestamptz   NOT NULL,
    changed_by  varchar(120)  NOT NULL,
    what        varchar(30)   NOT NULL,
    changes     jsonb         NOT NULL
);
CREATE INDEX project_change_project ON project_change (project_id, changed_at);
