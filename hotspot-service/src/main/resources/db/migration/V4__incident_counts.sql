-- Incidents per LSOA, month and crime type, kept up to date by statement-level triggers on incident, so the
-- area reports add up a few ten thousand narrow rows instead of scanning every incident of two windows.
-- Every writer is covered (the bulk import's one INSERT ... ON CONFLICT, partner pushes through JPA), and a
-- failed import rolls its counts back with it. Incidents without an LSOA are in no area and not counted here.
CREATE TABLE incident_count (
    month       date           NOT NULL,
    lsoa_code   varchar(12)    NOT NULL,
    crime_type  varchar(60)    NOT NULL,
    n           int            NOT NULL,
    CONSTRAINT incident_count_pk PRIMARY KEY (month, lsoa_code, crime_type),
    CONSTRAINT incident_count_not_negative CHECK (n >= 0)
);

INSERT INTO incident_count (month, lsoa_code, crime_type, n)
SELECT month, lsoa_code, crime_type, count(*) FROM incident WHERE lsoa_code IS NOT NULL GROUP BY 1, 2, 3;

-- One set-based statement per triggering statement; rows are locked in key order so concurrent imports
-- touching the same counts wait for each other instead of deadlocking.
CREATE FUNCTION incident_count_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO incident_count AS c (month, lsoa_code, crime_type, n)
    SELECT month, lsoa_code, crime_type, count(*) FROM new_rows WHERE lsoa_code IS NOT NULL
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, lsoa_code, crime_type) DO UPDATE SET n = c.n + EXCLUDED.n;
    RETURN NULL;
END $$;

CREATE FUNCTION incident_count_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
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
    RETURN NULL;
END $$;

CREATE FUNCTION incident_count_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE incident_count c SET n = c.n - gone.n
    FROM (SELECT month, lsoa_code, crime_type, count(*) AS n FROM old_rows WHERE lsoa_code IS NOT NULL
          GROUP BY 1, 2, 3) gone
    WHERE c.month = gone.month AND c.lsoa_code = gone.lsoa_code AND c.crime_type = gone.crime_type;
    RETURN NULL;
END $$;

CREATE TRIGGER incident_count_insert AFTER INSERT ON incident
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_count_on_insert();
CREATE TRIGGER incident_count_update AFTER UPDATE ON incident
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_count_on_update();
CREATE TRIGGER incident_count_delete AFTER DELETE ON incident
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_count_on_delete();
