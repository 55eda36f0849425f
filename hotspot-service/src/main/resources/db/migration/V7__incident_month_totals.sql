-- Incidents per LSOA and month, all crime types together: 31,000 rows for the three forces' 2025 where
-- incident_count has 135,000, so a report without a crime-type filter (the usual one) sums a quarter as
-- many rows. Kept by the same statement-level triggers, which now write both tables.
CREATE TABLE incident_month_total (
    month       date           NOT NULL,
    lsoa_code   varchar(12)    NOT NULL,
    n           int            NOT NULL,
    CONSTRAINT incident_month_total_pk PRIMARY KEY (month, lsoa_code),
    CONSTRAINT incident_month_total_not_negative CHECK (n >= 0)
);

INSERT INTO incident_month_total (month, lsoa_code, n)
SELECT month, lsoa_code, sum(n) FROM incident_count GROUP BY 1, 2;

CREATE OR REPLACE FUNCTION incident_count_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO incident_count AS c (month, lsoa_code, crime_type, n)
    SELECT month, lsoa_code, crime_type, count(*) FROM new_rows WHERE lsoa_code IS NOT NULL
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, lsoa_code, crime_type) DO UPDATE SET n = c.n + EXCLUDED.n;
    INSERT INTO incident_month_total AS t (month, lsoa_code, n)
    SELECT month, lsoa_code, count(*) FROM new_rows WHERE lsoa_code IS NOT NULL
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (month, lsoa_code) DO UPDATE SET n = t.n + EXCLUDED.n;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION incident_count_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- rows that moved (another month, LSOA or crime type): decrement where they were and count them where
    -- they are now; a key is either, and a negative count is never proposed as a new row
    WITH moved AS (
        SELECT month, lsoa_code, crime_type, sum(d) AS d FROM (
            SELECT month, lsoa_code, crime_type, 1 AS d FROM new_rows WHERE lsoa_code IS NOT NULL
            UNION ALL
            SELECT month, lsoa_code, crime_type, -1 FROM old_rows WHERE lsoa_code IS NOT NULL
        ) m
        GROUP BY 1, 2, 3 HAVING sum(d) <> 0
    ), decremented AS (
        UPDATE incident_count c SET n = c.n + moved.d FROM moved
        WHERE moved.d < 0 AND c.month = moved.month AND c.lsoa_code = moved.lsoa_code
          AND c.crime_type = moved.crime_type
    )
    INSERT INTO incident_count AS c (month, lsoa_code, crime_type, n)
    SELECT month, lsoa_code, crime_type, d FROM moved WHERE d > 0 ORDER BY 1, 2, 3
    ON CONFLICT (month, lsoa_code, crime_type) DO UPDATE SET n = c.n + EXCLUDED.n;

    WITH moved AS (
        SELECT month, lsoa_code, sum(d) AS d FROM (
            SELECT month, lsoa_code, 1 AS d FROM new_rows WHERE lsoa_code IS NOT NULL
            UNION ALL
            SELECT month, lsoa_code, -1 FROM old_rows WHERE lsoa_code IS NOT NULL
        ) m
        GROUP BY 1, 2 HAVING sum(d) <> 0
    ), decremented AS (
        UPDATE incident_month_total t SET n = t.n + moved.d FROM moved
        WHERE moved.d < 0 AND t.month = moved.month AND t.lsoa_code = moved.lsoa_code
    )
    INSERT INTO incident_month_total AS t (month, lsoa_code, n)
    SELECT month, lsoa_code, d FROM moved WHERE d > 0 ORDER BY 1, 2
    ON CONFLICT (month, lsoa_code) DO UPDATE SET n = t.n + EXCLUDED.n;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION incident_count_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE incident_count c SET n = c.n - gone.n
    FROM (SELECT month, lsoa_code, crime_type, count(*) AS n FROM old_rows WHERE lsoa_code IS NOT NULL
          GROUP BY 1, 2, 3) gone
    WHERE c.month = gone.month AND c.lsoa_code = gone.lsoa_code AND c.crime_type = gone.crime_type;
    UPDATE incident_month_total t SET n = t.n - gone.n
    FROM (SELECT month, lsoa_code, count(*) AS n FROM old_rows WHERE lsoa_code IS NOT NULL GROUP BY 1, 2) gone
    WHERE t.month = gone.month AND t.lsoa_code = gone.lsoa_code;
    RETURN NULL;
END $$;
