-- Issue 23, item 3: hotspot rates per 1,000 per year. Source 001's RAG bands (red 90+, amber 50-90 per
-- 1,000) were set on 12 months of data, so a report's window is annualised before RAG is applied.

-- Thresholds state their basis. Every threshold set so far is per 1,000 per year, as 001's bands are.
-- No column default: new rows get their basis from the service.
ALTER TABLE rag_threshold ADD COLUMN rate_basis varchar(20);
UPDATE rag_threshold SET rate_basis = 'PER_1000_PER_YEAR';
ALTER TABLE rag_threshold ALTER COLUMN rate_basis SET NOT NULL;
ALTER TABLE rag_threshold ADD CONSTRAINT rag_threshold_basis_known
    CHECK (rate_basis IN ('PER_1000_PER_YEAR', 'PER_1000_FOR_WINDOW'));

-- Snapshots keep the basis their report used, and each row the basis its RAG was judged on. Snapshots
-- taken before this migration rated and banded the window as it was (not annualised): they say so.
ALTER TABLE report_snapshot ADD COLUMN rate_basis varchar(20);
UPDATE report_snapshot SET rate_basis = 'PER_1000_FOR_WINDOW';
ALTER TABLE report_snapshot ALTER COLUMN rate_basis SET NOT NULL;
ALTER TABLE report_snapshot ADD CONSTRAINT report_snapshot_basis_known
    CHECK (rate_basis IN ('PER_1000_PER_YEAR', 'PER_1000_FOR_WINDOW'));

ALTER TABLE report_snapshot_area ADD COLUMN rag_basis varchar(20);
UPDATE report_snapshot_area SET rag_basis = 'PER_1000_FOR_WINDOW';
ALTER TABLE report_snapshot_area ALTER COLUMN rag_basis SET NOT NULL;
ALTER TABLE report_snapshot_area ADD CONSTRAINT report_snapshot_area_basis_known
    CHECK (rag_basis IN ('PER_1000_PER_YEAR', 'PER_1000_FOR_WINDOW'));
