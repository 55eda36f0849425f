-- Incident imports are jobs (issue 25): the upload is stored here so that any replica can process it, the job row
-- says where it stands. A replica claims a QUEUED job, or a RUNNING one whose lease expired (its replica died: the
-- import's one transaction never committed), with SELECT ... FOR UPDATE SKIP LOCKED, and renews the lease while it
-- works (common's jobs.Leases: the lease columns are its). The import's transaction completes the job row only while
-- it still holds the lease, so an import is committed once.
CREATE TABLE incident_import (
    id               uuid PRIMARY KEY,
    status           text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    gzip             boolean     NOT NULL,
    skip_invalid     boolean     NOT NULL,
    submitted_by     text        NOT NULL,
    submitted_at     timestamptz NOT NULL,
    progress_at      timestamptz,
    finished_at      timestamptz,
    upload_bytes     bigint      NOT NULL,
    bytes_read       bigint      NOT NULL DEFAULT 0,
    rows_read        bigint      NOT NULL DEFAULT 0,
    attempts         integer     NOT NULL DEFAULT 0,
    lease_owner      varchar(120),
    lease_until      timestamptz,
    claimed_at       timestamptz,
    report           jsonb,
    failure          jsonb
);
CREATE INDEX incident_import_unfinished ON incident_import (submitted_at) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX incident_import_recent ON incident_import (submitted_at DESC);

-- The upload as sent (gzip or plain), in parts of a few MB; deleted when its job finishes.
CREATE TABLE incident_import_upload (
    import_id uuid    NOT NULL REFERENCES incident_import (id) ON DELETE CASCADE,
    part      integer NOT NULL,
    bytes     bytea   NOT NULL,
    PRIMARY KEY (import_id, part)
);
-- mostly gzip already: TOAST compression would cost CPU for nothing
ALTER TABLE incident_import_upload ALTER COLUMN bytes SET STORAGE EXTERNAL;
