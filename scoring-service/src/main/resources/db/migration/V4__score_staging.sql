-- A running score run writes its scores here page by page (so its memory stays bounded); they move into
-- score in the run's completing transaction, and a failed run's rows are deleted: nothing half-saved is visible.
CREATE TABLE score_staging (LIKE score INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE score_staging ADD PRIMARY KEY (id);
ALTER TABLE score_staging ADD CONSTRAINT score_staging_run FOREIGN KEY (run_id) REFERENCES score_run (id);
CREATE INDEX score_staging_by_run ON score_staging (run_id);
