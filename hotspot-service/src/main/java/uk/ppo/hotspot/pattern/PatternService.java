package uk.ppo.hotspot.pattern;

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
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
class PatternService {

    private static final String SCOPE = """
            WITH RECURSIVE scope AS (
                SELECT id, type, code FROM area WHERE code = ?
                UNION ALL
                SELECT a.id, a.type, a.code FROM area a JOIN scope s ON a.parent_id = s.id
            ), lsoas AS (SELECT code FROM scope WHERE type = 'LSOA')
            """;

    private final AgroalDataSource dataSource;
    private final AreaDirectory areas;

    PatternService(AgroalDataSource dataSource, AreaDirectory areas) {
        this.dataSource = dataSource;
        this.areas = areas;
    }

    PatternReport patterns(String areaCode, Window window, List<String> crimeTypes) {
        if (areaCode == null || areaCode.isBlank()) {
            throw ProblemException.invalid("area", "is required: the code of an area");
        }
        var area = areas.find(areaCode.strip())
                .orElseThrow(() -> ProblemException.invalid("area", "no area has code " + areaCode.strip()));
        String typeFilter = crimeTypes.isEmpty() ? "" : " AND i.crime_type = ANY (?)";
        Map<YearMonth, Long> monthly = new HashMap<>();
        List<Seasonality.HourBin> bins = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            String monthSql = SCOPE + "SELECT i.month, count(*) FROM incident i JOIN lsoas l ON l.code = i.lsoa_code"
                    + " WHERE i.month >= ? AND i.month <= ?" + typeFilter + " GROUP BY i.month";
            try (PreparedStatement ps = prepare(connection, monthSql, area.code(), window, crimeTypes);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    monthly.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2));
                }
            }
            String hourSql = SCOPE + "SELECT extract(isodow FROM i.occurred_at AT TIME ZONE 'Europe/London')::int,"
                    + " extract(hour FROM i.occurred_at AT TIME ZONE 'Europe/London')::int, count(*)"
                    + " FROM incident i JOIN lsoas l ON l.code = i.lsoa_code"
                    + " WHERE i.occurred_at IS NOT NULL AND i.month >= ? AND i.month <= ?" + typeFilter
                    + " GROUP BY 1, 2 ORDER BY 1, 2";
            try (PreparedStatement ps = prepare(connection, hourSql, area.code(), window, crimeTypes);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bins.add(new Seasonality.HourBin(DayOfWeek.of(rs.getInt(1)), rs.getInt(2), rs.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Pattern query failed", e);
        }
        List<Seasonality.MonthCount> series = Seasonality.series(window.from(), window.to(), monthly);
        long timed = bins.stream().mapToLong(Seasonality.HourBin::count).sum();
        return new PatternReport(area.code(), area.name(), window.from(), window.to(),
                crimeTypes.isEmpty() ? uk.ppo.hotspot.incident.CrimeTypes.ALL : crimeTypes, series,
                Seasonality.profile(series), timed, Seasonality.nightShare(bins), bins);
    }

    private static PreparedStatement prepare(Connection connection, String sql, String area, Window window,
                                             List<String> crimeTypes) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        ps.setString(1, area);
        ps.setDate(2, Date.valueOf(window.from().atDay(1)));
        ps.setDate(3, Date.valueOf(window.to().atDay(1)));
        if (!crimeTypes.isEmpty()) {
            ps.setArray(4, connection.createArrayOf("varchar", crimeTypes.toArray()));
        }
        return ps;
    }

    static List<String> types(List<String> values) {
        return ReportRequest.crimeTypes(values);
    }
}
