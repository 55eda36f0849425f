package uk.ppo.hotspot.indicator;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.hotspot.area.AreaDirectory;
import uk.ppo.hotspot.report.ReportRequest;
import uk.ppo.hotspot.report.Window;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Counts for partnership indicators, over the monthly counts per LSOA and crime type (incident_count): every LSOA at
 * or under the area, the months from..to, the crime types asked for.
 */
@ApplicationScoped
class IndicatorCounts {

    private static final String COUNT = """
            WITH RECURSIVE scope AS (
                SELECT id, type, code FROM area WHERE code = ?
                UNION ALL
                SELECT a.id, a.type, a.code FROM area a JOIN scope s ON a.parent_id = s.id
            )
            SELECT coalesce(sum(c.n), 0) FROM incident_count c JOIN scope s ON s.type = 'LSOA' AND s.code = c.lsoa_code
            WHERE c.month >= ? AND c.month <= ? AND c.crime_type = ANY (?)
            """;

    private final AgroalDataSource dataSource;
    private final AreaDirectory areas;

    IndicatorCounts(AgroalDataSource dataSource, AreaDirectory areas) {
        this.dataSource = dataSource;
        this.areas = areas;
    }

    IndicatorCountRecords.IndicatorCount count(String areaCode, String from, String to, List<String> crimeTypes) {
        Window window = Window.parse(from, to);
        List<String> types = ReportRequest.crimeTypes(crimeTypes);
        if (types.isEmpty()) {
            throw ProblemException.invalid("crimeType", "name at least one police.uk crime type");
        }
        if (areaCode == null || areaCode.isBlank()) {
            throw ProblemException.invalid("area", "must be an area's ONS code, such as E10000011");
        }
        AreaDirectory.AreaRef area = areas.find(areaCode.strip())
                .orElseThrow(() -> ProblemException.notFound("No area " + areaCode.strip()));
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(COUNT)) {
            ps.setString(1, area.code());
            ps.setDate(2, Date.valueOf(window.from().atDay(1)));
            ps.setDate(3, Date.valueOf(window.to().atDay(1)));
            ps.setArray(4, connection.createArrayOf("varchar", types.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new IndicatorCountRecords.IndicatorCount(area.code(), area.name(), area.population(),
                        window.from().toString(), window.to().toString(), types, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Indicator count query failed", e);
        }
    }
}
