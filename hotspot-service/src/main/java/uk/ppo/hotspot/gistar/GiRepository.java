package uk.ppo.hotspot.gistar;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.hotspot.report.ReportRequest;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Incident locations for grid analyses, aggregated per (anonymised) map point. */
@ApplicationScoped
class GiRepository {

    private final AgroalDataSource dataSource;

    GiRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    record Point(double longitude, double latitude, long count) {
    }

    List<Point> points(ReportRequest request, String force) {
        StringBuilder sql = new StringBuilder("SELECT i.longitude, i.latitude, count(*) FROM incident i");
        if (request.within() != null) {
            sql.append("""
                     JOIN (WITH RECURSIVE scope AS (
                              SELECT id, type, code FROM area WHERE code = ?
                              UNION ALL
                              SELECT a.id, a.type, a.code FROM area a JOIN scope s ON a.parent_id = s.id)
                           SELECT code FROM scope WHERE type = 'LSOA') l ON l.code = i.lsoa_code
                    """);
        }
        sql.append(" WHERE i.longitude IS NOT NULL AND i.month >= ? AND i.month <= ?");
        if (!request.crimeTypes().isEmpty()) {
            sql.append(" AND i.crime_type = ANY (?)");
        }
        if (force != null) {
            sql.append(" AND i.falls_within = ?");
        }
        sql.append(" GROUP BY i.longitude, i.latitude");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int p = 1;
            if (request.within() != null) {
                ps.setString(p++, request.within());
            }
            ps.setDate(p++, Date.valueOf(request.window().from().atDay(1)));
            ps.setDate(p++, Date.valueOf(request.window().to().atDay(1)));
            if (!request.crimeTypes().isEmpty()) {
                ps.setArray(p++, connection.createArrayOf("varchar", request.crimeTypes().toArray()));
            }
            if (force != null) {
                ps.setString(p, force);
            }
            List<Point> points = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    points.add(new Point(rs.getDouble(1), rs.getDouble(2), rs.getLong(3)));
                }
            }
            return points;
        } catch (SQLException e) {
            throw new IllegalStateException("Grid query failed", e);
        }
    }
}
