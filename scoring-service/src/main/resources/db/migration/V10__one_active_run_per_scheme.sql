-- At most one queued or running score run per scheme, whichever replica queues it: two starts at once both pass the
-- service's check, and the second insert now waits for the first and fails on this index (the service answers 409).
-- Runs left active by the code before this are at most one per scheme already (its check ran in one JVM); should two
-- remain, the newer fails so the index can be built.
UPDATE score_run r SET status = 'FAILED', finished_at = now(), lease_until = NULL,
                       failure = 'Another run of this scheme was already queued or running'
WHERE r.status IN ('QUEUED', 'RUNNING')
  AND EXISTS (SELECT 1 FROM score_run o
              WHERE o.scheme_id = r.scheme_id AND o.status IN ('QUEUED', 'RUNNING')
                AND (o.started_at, o.id) < (r.started_at, r.id));

CREATE UNIQUE INDEX score_run_one_active_per_scheme ON score_run (scheme_id) WHERE status IN ('QUEUED', 'RUNNING');
