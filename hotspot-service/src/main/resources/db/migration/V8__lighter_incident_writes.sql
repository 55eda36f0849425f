-- Bulk imports write 100,000s of incidents in one statement; two costs per row are dropped here.
-- 1. The surrogate id: nothing refers to it (incidents are found by source_key, the idempotency key), yet every
--    row paid a sequence nextval and a second b-tree insert. source_key becomes the primary key.
ALTER TABLE incident DROP COLUMN id;
ALTER TABLE incident DROP CONSTRAINT incident_source_key_unique;
ALTER TABLE incident ADD CONSTRAINT incident_pkey PRIMARY KEY (source_key);

-- 2. The insert trigger grouped the statement's new rows twice (per crime type, then per month and LSOA);
--    now it groups them once and derives the month totals from those groups (135,000 rows for the three
--    forces' 2025 instead of 369,000). Same statement-level trigger, same locking order.
CREATE OR REPLACE FUNCTION incident_count_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH added AS MATERIALIZED (
        SELECT month, lsoa_code, crime_type, count(*)::int AS n FROM new_rows WHERE lsoa_code IS NOT NULL
        GROUP BY 1, 2, 3
    ), counted AS (
        INSERT INTO incident_count AS c (month, lsoa_code, crime_type, n)
        SELECT month, lsoa_code, crime_type, n FROM added ORDER BY 1, 2, 3
        ON CONFLICT (month, lsoa_code, crime_type) DO UPDATE SET n = c.n + EXCLUDED.n
    )
    INSERT INTO incident_month_total AS t (month, lsoa_code, n)
    SELECT month, lsoa_code, sum(n) FROM added GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (month, lsoa_code) DO UPDATE SET n = t.n + EXCLUDED.n;
    RETURN NULL;
END $$;
