-- Idempotency keys are ASCII ("police:<hex>", "asb:<hex>", "partner:…") and only ever compared with each
-- other: byte order ("C") makes every comparison in the unique index and in the import's sort a memcmp
-- instead of a locale-aware strcoll, and lets sorts use abbreviated keys. Rebuilds the index.
ALTER TABLE incident ALTER COLUMN source_key TYPE varchar(100) COLLATE "C";
ALTER TABLE incident_stage ALTER COLUMN source_key TYPE varchar(100) COLLATE "C";
