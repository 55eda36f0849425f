package uk.ppo.hotspot.incident;

import jakarta.persistence.EntityManager;

/**
 * The one home of the rule that new incidents are added to the monthly counts ({@code incident_count},
 * per month, LSOA and crime type, and {@code incident_month_total}, per month and LSOA): every writer
 * that inserts incidents runs {@link #ADD} in its own transaction, after its inserts (V13 dropped the
 * insert trigger). Incidents without an LSOA are not counted. Moves and deletions are kept by the
 * update and delete triggers (V7).
 */
public final class IncidentCounts {

    /**
     * Adds groups {@code (month, lsoa_code, crime_type, n)} given by a query (one row per group) to both
     * tables, upserting in key order so that concurrent writers lock the counts in the same order.
     */
    private static final String ADD = """
            WITH added (month, lsoa_code, crime_type, n) AS MATERIALIZED (
                %s
            ), counted AS (
                INSERT INTO incident_count AS c (month, lsoa_code, crime_type, n)
                SELECT month, lsoa_code, crime_type, n FROM added ORDER BY 1, 2, 3
                ON CONFLICT (month, lsoa_code, crime_type) DO UPDATE SET n = c.n + EXCLUDED.n
            )
            INSERT INTO incident_month_total AS t (month, lsoa_code, n)
            SELECT month, lsoa_code, sum(n) FROM added GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (month, lsoa_code) DO UPDATE SET n = t.n + EXCLUDED.n
            """;

    private IncidentCounts() {
    }

    /** The statement adding the groups a query selects, e.g. an import's collected groups. */
    public static String addGroups(String groupsQuery) {
        return ADD.formatted(groupsQuery);
    }

    /** Adds one new incident (flushed already, so the counts are locked after the incident, as by an import). */
    static void addOne(EntityManager em, Incident incident) {
        if (incident.lsoaCode() == null) {
            return;
        }
        em.createNativeQuery(addGroups("SELECT CAST(:month AS date), CAST(:lsoa AS varchar), CAST(:crimeType AS varchar), 1"))
                .setParameter("month", incident.month())
                .setParameter("lsoa", incident.lsoaCode())
                .setParameter("crimeType", incident.crimeType())
                .executeUpdate();
    }
}
