package uk.ppo.hotspot.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts incidents per area of a level, in a window and the one before it, in one query over the monthly
 * counts per LSOA (table incident_month_total; per crime type, incident_count, when types are asked for;
 * both kept by triggers on incident): each LSOA is
 * mapped to its ancestor at the level, incidents are joined on the LSOA code (so incidents imported
 * before their area still count once the area exists), and every area in scope is listed, with 0 if it
 * had none. Incidents with no LSOA or an unknown one are not in any area.
 */
@ApplicationScoped
class ReportRepository {

    private final AgroalDataSource dataSource;

    ReportRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    record Counted(String code, String name, Integer population, long count, long previousCount, List<String> lineage) {
    }

    List<Counted> count(ReportRequest request) {
        String chain;
        String targetId;
        switch (request.level()) {
            case LSOA -> {
                chain = "";
                targetId = "l.id";
            }
            case WARD -> {
                chain = "";
                targetId = "l.parent_id";
            }
            default -> {
                chain = " JOIN area w ON w.id = l.parent_id";
                targetId = "w.parent_id";
            }
        }
        String typeFilter = request.crimeTypes().isEmpty() ? "" : " AND i.crime_type = ANY (?)";
        String sql = """
                WITH RECURSIVE scope AS (
                    SELECT id FROM area WHERE (CAST(? AS varchar) IS NULL AND parent_id IS NULL) OR code = ?
                    UNION ALL
                    SELECT a.id FROM area a JOIN scope s ON a.parent_id = s.id
                ), target AS (
                    SELECT a.id, a.code, a.name, a.population, a.parent_id FROM area a JOIN scope s ON s.id = a.id
                    WHERE a.type = ?
                ), lsoa_target AS (
                    SELECT l.code AS lsoa_code, t.id AS target_id FROM area l%s JOIN target t ON t.id = %s
                    WHERE l.type = 'LSOA'
                ), by_lsoa AS (
                    SELECT i.lsoa_code, sum(i.n) FILTER (WHERE i.month >= ?) AS cur, sum(i.n) FILTER (WHERE i.month < ?) AS prev
                    FROM %s i
                    WHERE i.month >= ? AND i.month <= ?%s
                    GROUP BY i.lsoa_code
                ), counts AS (
                    SELECT lt.target_id, sum(b.cur) AS cur, sum(b.prev) AS prev
                    FROM by_lsoa b JOIN lsoa_target lt ON lt.lsoa_code = b.lsoa_code
                    GROUP BY lt.target_id
                )
                SELECT t.code, t.name, t.population, coalesce(c.cur, 0), coalesce(c.prev, 0), p1.code, p2.code, p3.code
                FROM target t LEFT JOIN counts c ON c.target_id = t.id
                LEFT JOIN area p1 ON p1.id = t.parent_id
                LEFT JOIN area p2 ON p2.id = p1.parent_id
                LEFT JOIN area p3 ON p3.id = p2.parent_id
                """.formatted(chain, targetId, request.crimeTypes().isEmpty() ? "incident_month_total" : "incident_count",
                typeFilter);
        Date from = Date.valueOf(request.window().from().atDay(1));
        Date to = Date.valueOf(request.window().to().atDay(1));
        Date previousFrom = Date.valueOf(request.window().previous().from().atDay(1));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(sql)) {
            // Planned afresh with the actual values every time: after autovacuum's ANALYZE of the freshly imported
            // counts, the plan PostgreSQL cached for this statement on a connection (pgjdbc prepares it on the
            // server from the 5th call, PostgreSQL switches to a generic plan from the 5th execution after that)
            // ran for minutes instead of ~100 ms (benchmark 2026-12-02, three runs of three). Planning costs ~3 ms.
            ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
            int p = 1;
            ps.setString(p++, request.within());
            ps.setString(p++, request.within());
            ps.setString(p++, request.level().name());
            ps.setDate(p++, from);
            ps.setDate(p++, from);
            ps.setDate(p++, previousFrom);
            ps.setDate(p++, to);
            if (!request.crimeTypes().isEmpty()) {
                ps.setArray(p, connection.createArrayOf("varchar", request.crimeTypes().toArray()));
            }
            List<Counted> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int population = rs.getInt(3);
                    Integer pop = rs.wasNull() ? null : population;
                    List<String> lineage = new ArrayList<>(4);
                    lineage.add(rs.getString(1));
                    for (int c = 6; c <= 8; c++) {
                        if (rs.getString(c) != null) {
                            lineage.add(rs.getString(c));
                        }
                    }
                    rows.add(new Counted(rs.getString(1), rs.getString(2), pop, rs.getLong(4), rs.getLong(5), lineage));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Hotspot report query failed", e);
        }
    }
}
