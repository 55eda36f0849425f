package uk.ppo.hotspot.importing;

/** The SQL of an import's staging tables: COPY into one, de-duplicate, merge into {@code incident}. */
final class StagingSql {

    static final String COPY = "COPY %s (line, source_key, crime_id, month, reported_by, "
            + "falls_within, longitude, latitude, location, lsoa_code, lsoa_name, crime_type, outcome) "
            + "FROM STDIN WITH (FORMAT csv)";

    /** Keeps the first row of each key repeated in a staging table; the others are duplicates. */
    static final String DEDUPLICATE = """
            WITH repeated AS (
                SELECT source_key, min(line) AS first FROM %1$s GROUP BY source_key HAVING count(*) > 1
            ), gone AS (
                DELETE FROM %1$s s USING repeated r WHERE s.source_key = r.source_key AND s.line > r.first
                RETURNING s.lsoa_code
            )
            SELECT count(*), count(*) FILTER (WHERE g.lsoa_code IS NULL
                   OR NOT EXISTS (SELECT 1 FROM area a WHERE a.code = g.lsoa_code AND a.type = 'LSOA'))
            FROM gone g
            """;

    /**
     * One set-based merge; a known key whose content is unchanged is left alone (a duplicate). The new
     * rows' groups are collected in the import's counts table ({@code %2$s}), added to the counts at the end.
     */
    static final String MERGE = """
            WITH merged AS (
                INSERT INTO incident AS i (source_key, source, crime_id, month, reported_by, falls_within, longitude,
                                           latitude, location, lsoa_code, lsoa_name, crime_type, outcome, imported_at)
                SELECT source_key, 'POLICE_OPEN_DATA', crime_id, month, reported_by, falls_within, longitude, latitude,
                       location, lsoa_code, lsoa_name, crime_type, outcome, now()
                FROM %s
                ORDER BY source_key -- in key order, the unique index fills page by page instead of at random
                ON CONFLICT (source_key) DO UPDATE SET
                    crime_id = EXCLUDED.crime_id, month = EXCLUDED.month, reported_by = EXCLUDED.reported_by,
                    falls_within = EXCLUDED.falls_within, longitude = EXCLUDED.longitude, latitude = EXCLUDED.latitude,
                    location = EXCLUDED.location, lsoa_code = EXCLUDED.lsoa_code, lsoa_name = EXCLUDED.lsoa_name,
                    crime_type = EXCLUDED.crime_type, outcome = EXCLUDED.outcome, imported_at = EXCLUDED.imported_at
                WHERE (i.month, i.reported_by, i.falls_within, i.longitude, i.latitude, i.location, i.lsoa_code,
                       i.lsoa_name, i.crime_type, i.outcome)
                      IS DISTINCT FROM
                      (EXCLUDED.month, EXCLUDED.reported_by, EXCLUDED.falls_within, EXCLUDED.longitude,
                       EXCLUDED.latitude, EXCLUDED.location, EXCLUDED.lsoa_code, EXCLUDED.lsoa_name,
                       EXCLUDED.crime_type, EXCLUDED.outcome)
                RETURNING (xmax = 0) AS inserted, month, lsoa_code, crime_type
            ), counted AS (
                INSERT INTO %2$s (month, lsoa_code, crime_type, n)
                SELECT month, lsoa_code, crime_type, count(*) FROM merged WHERE inserted AND lsoa_code IS NOT NULL
                GROUP BY 1, 2, 3
            )
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged
            """;

    /** The import's collected groups, summed, for {@link uk.ppo.hotspot.incident.IncidentCounts#addGroups}. */
    static final String COLLECTED_GROUPS = "SELECT month, lsoa_code, crime_type, sum(n)::int FROM %s GROUP BY 1, 2, 3";

    /** Held rows whose key was staged with an earlier chunk ({@code %2$s}): duplicates, deleted. */
    static final String REPEATS_OF_STAGED = """
            WITH gone AS (
                DELETE FROM %1$s h WHERE h.source_key IN (%2$s) RETURNING h.lsoa_code
            )
            SELECT count(*), count(*) FILTER (WHERE g.lsoa_code IS NULL
                   OR NOT EXISTS (SELECT 1 FROM area a WHERE a.code = g.lsoa_code AND a.type = 'LSOA'))
            FROM gone g
            """;

    private StagingSql() {
    }
}
