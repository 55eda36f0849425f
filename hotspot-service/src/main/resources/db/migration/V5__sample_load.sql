-- Which version (SHA-256 of the files) of the local run's sample data is loaded, so a restart with the
-- same files skips re-importing them instead of spending its start-up proving they are all duplicates.
CREATE TABLE sample_load (
    name        varchar(100)   PRIMARY KEY,
    checksum    varchar(64)    NOT NULL,
    loaded_at   timestamptz    NOT NULL
);
