-- People offender-service has asked scoring-service to dispose of (their ids only: random surrogates with
-- nothing left that leads to anyone). A score run that read its inputs before a disposal and completes after
-- it leaves them out: completing a run takes this table in SHARE mode, a disposal adds its row first, so the
-- two are ordered and neither misses the other.
CREATE TABLE disposed_person (
    person_id    uuid        PRIMARY KEY,
    disposed_at  timestamptz NOT NULL
);
