package uk.ppo.offender.sample;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The local run's sample data loads on the current schema and shows what the local run promises, in every
 * scheme. It runs in a transaction that is rolled back, so the other tests never see it.
 */
@QuarkusTest
class SampleDataTest {

    @Inject
    DataSource dataSource;

    @Test
    void everySchemeHasIomMembersBeyondPpoEnteredByThePanel() throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(script());
                statement.execute(script()); // a second start changes nothing
                assertEquals(List.of(
                                "EASTBOURNE DIP 1 1", "EASTBOURNE SHORT_SENTENCE 2 2", "EASTBOURNE WOMEN_SHORT_SENTENCE 1 1",
                                "HASTINGS DIP 1 1", "HASTINGS SHORT_SENTENCE 2 2", "HASTINGS WOMEN_SHORT_SENTENCE 1 1",
                                "THURROCK DIP 1 1", "THURROCK SHORT_SENTENCE 2 2", "THURROCK WOMEN_SHORT_SENTENCE 1 1"),
                        rows(statement, """
                                SELECT s.code, p.iom_category, count(DISTINCT p.id),
                                       count(DISTINCT d.id) FILTER (WHERE d.type = 'IOM_ENTER' AND d.iom_category = p.iom_category)
                                  FROM person p JOIN scheme s ON s.id = p.scheme_id
                                  LEFT JOIN panel_decision d ON d.person_id = p.id
                                 WHERE p.created_by = 'sample-data' AND p.iom_category IS NOT NULL
                                 GROUP BY 1, 2 ORDER BY 1, 2"""));
                assertEquals(List.of("EASTBOURNE 2 2", "HASTINGS 2 2", "THURROCK 2 2"), rows(statement, """
                        SELECT s.code, count(DISTINCT p.id), count(DISTINCT d.id)
                          FROM person p JOIN scheme s ON s.id = p.scheme_id
                          JOIN panel_decision d ON d.person_id = p.id AND d.iom_category = 'MAPPA'
                         WHERE p.created_by = 'sample-data' AND p.mappa_managed GROUP BY 1 ORDER BY 1"""));
                // every short-sentence member has the custodial sentence under 12 months the cohort asks for
                assertEquals(List.of("0"), rows(statement, """
                        SELECT count(*) FROM person p
                         WHERE p.iom_category IN ('SHORT_SENTENCE', 'WOMEN_SHORT_SENTENCE') AND NOT EXISTS (
                               SELECT 1 FROM partner_event e WHERE e.person_id = p.id AND e.type = 'CUSTODY_SENTENCE'
                                  AND e.custody_months < 12)"""));
            } finally {
                connection.rollback();
            }
        }
    }

    private static String script() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("db/sample-data.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? " " : "").append(rs.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
