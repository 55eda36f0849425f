-- Score runs are jobs that any replica claims with a lease (common's jobs/Leases): the claiming replica, until when
-- it holds the run (renewed while it works), when this claim began (the run's rate is measured from it) and how
-- many claims the run has had (each fences off the one before). A run whose lease expired is claimed again and
-- restarted; a replica that starts no longer fails anything. Runs left QUEUED or RUNNING by the code before this
-- have no lease and are claimed and run again.
ALTER TABLE score_run
    ADD COLUMN lease_owner        varchar(120),
    ADD COLUMN lease_until        timestamptz,
    ADD COLUMN claimed_at         timestamptz,
    ADD COLUMN attempts           int           NOT NULL DEFAULT 0,
    -- who started the run, as the audit records of its scores name them, for whichever replica completes it
    ADD COLUMN started_roles      varchar(200),
    ADD COLUMN started_agency     varchar(40),
    ADD COLUMN started_request_id varchar(128),
    ADD COLUMN started_purpose    varchar(200),
    ADD COLUMN started_client     varchar(120),
    ADD COLUMN cancelled_by       varchar(120);

ALTER TABLE score_run DROP CONSTRAINT score_run_status_known;
ALTER TABLE score_run ADD CONSTRAINT score_run_status_known
    CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'));

-- the claim's query: the oldest queued or running run
CREATE INDEX score_run_active ON score_run (started_at) WHERE status IN ('QUEUED', 'RUNNING');
