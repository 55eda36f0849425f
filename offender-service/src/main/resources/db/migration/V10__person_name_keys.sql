-- The officers' name search (GET /api/v1/status/search): each person's names carry their Double Metaphone
-- keys (primary and alternate, person.NameMatching), written by the service with the names. The search
-- finds candidates by key and date of birth through these indexes, never by reading every person. Rows
-- written by SQL rather than by the service (those before this migration, the local run's sample data)
-- are given their keys at start by NameKeyBackfill: the keys have one home, the Java rule.
ALTER TABLE person ADD COLUMN last_name_key varchar(16);
ALTER TABLE person ADD COLUMN last_name_key_alt varchar(16);
ALTER TABLE person ADD COLUMN first_name_key varchar(16);
ALTER TABLE person ADD COLUMN first_name_key_alt varchar(16);
-- A disposed-of person has no name left, so no keys either (PersonDisposal empties them with the names).
ALTER TABLE person ADD CONSTRAINT person_name_keys_go_with_disposal CHECK (disposed_at IS NULL OR (
    last_name_key IS NULL AND last_name_key_alt IS NULL AND first_name_key IS NULL AND first_name_key_alt IS NULL));
CREATE INDEX person_last_name_key ON person (last_name_key, date_of_birth) WHERE disposed_at IS NULL;
CREATE INDEX person_last_name_key_alt ON person (last_name_key_alt, date_of_birth) WHERE disposed_at IS NULL;
-- For the start-up backfill: people whose keys are still to be computed.
CREATE INDEX person_name_keys_missing ON person (id) WHERE last_name_key IS NULL AND disposed_at IS NULL;
