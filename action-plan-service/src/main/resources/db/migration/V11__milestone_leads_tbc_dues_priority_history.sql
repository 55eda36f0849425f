-- Issue 23, item 4 as source 001 needs it: a milestone's own lead (organisation and job title), due dates "TBC"
-- (no date) and "Quarter 1 Year 2" (a quarter of the plan's years), and priorities that hold what was achieved
-- and what is planned, edited with a version and a history of what each edit replaced.
ALTER TABLE milestone
    ADD COLUMN lead_organisation varchar(120),
    ADD COLUMN lead_job_title    varchar(120);
ALTER TABLE milestone DROP CONSTRAINT milestone_due_kind_known;
ALTER TABLE milestone ALTER COLUMN due_kind TYPE varchar(12);
ALTER TABLE milestone ADD CONSTRAINT milestone_due_kind_known
    CHECK (due_kind IN ('DATE', 'MONTH', 'QUARTER', 'PLAN_QUARTER', 'RECURRENCE', 'TBC'));
ALTER TABLE milestone ADD CONSTRAINT milestone_job_title_has_organisation
    CHECK (lead_job_title IS NULL OR lead_organisation IS NOT NULL);

-- Source 001's pages run longer than 4,000 characters (adult re-offending's "what and why" is 5,135).
ALTER TABLE priority
    ALTER COLUMN what_and_why TYPE varchar(8000),
    ALTER COLUMN outcomes TYPE varchar(8000),
    ALTER COLUMN hotspots TYPE varchar(8000),
    ADD COLUMN achievements varchar(8000),
    ADD COLUMN plans        varchar(8000),
    ADD COLUMN version      bigint NOT NULL DEFAULT 0,
    ADD COLUMN updated_at   timestamptz,
    ADD COLUMN updated_by   varchar(120);

-- Each edit of a priority keeps the version it replaced: its wording, who made that version and when, and who
-- replaced it and when.
CREATE TABLE priority_history (
    id            uuid          PRIMARY KEY,
    priority_id   uuid          NOT NULL REFERENCES priority (id),
    version       bigint        NOT NULL,
    title         varchar(200)  NOT NULL,
    what_and_why  varchar(8000),
    outcomes      varchar(8000),
    hotspots      varchar(8000),
    achievements  varchar(8000),
    plans         varchar(8000),
    made_at       timestamptz   NOT NULL,
    made_by       varchar(120)  NOT NULL,
    replaced_at   timestamptz   NOT NULL,
    replaced_by   varchar(120)  NOT NULL,
    CONSTRAINT priority_history_version_unique UNIQUE (priority_id, version)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON priority_history TO ${runtime_role};
