package uk.ppo.offender.person;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Gives the names' search keys ({@link NameMatching#keys}) to people written by SQL rather than by the
 * service: everyone there before migration V10, and the local run's sample data. Runs at start after the
 * sample data (a later priority), in batches, each in its own transaction; a start with nothing to do costs
 * one indexed query. People the service writes get their keys with their names ({@link Person}).
 */
@Singleton
class NameKeyBackfill {

    private static final Logger LOG = Logger.getLogger(NameKeyBackfill.class);
    private static final int BATCH = 500;
    private static final String MISSING = """
            SELECT id, first_name, last_name FROM person
             WHERE last_name_key IS NULL AND disposed_at IS NULL ORDER BY id LIMIT ?""";
    private static final String FILL = """
            UPDATE person SET last_name_key = ?, last_name_key_alt = ?, first_name_key = ?, first_name_key_alt = ?
             WHERE id = ? AND last_name_key IS NULL AND disposed_at IS NULL""";

    private final AgroalDataSource dataSource;

    NameKeyBackfill(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void fill(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) throws SQLException {
        int filled = fillMissing();
        if (filled > 0) {
            LOG.infof("Name search keys given to %d people written by SQL", filled);
        }
    }

    /** Fills every missing key; returns how many people were given keys. */
    int fillMissing() throws SQLException {
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement missing = connection.prepareStatement(MISSING);
                 PreparedStatement fill = connection.prepareStatement(FILL)) {
                int batch;
                do {
                    batch = 0;
                    missing.setInt(1, BATCH);
                    try (ResultSet rows = missing.executeQuery()) {
                        while (rows.next()) {
                            NameMatching.Keys last = NameMatching.keys(rows.getString("last_name"));
                            NameMatching.Keys first = NameMatching.keys(rows.getString("first_name"));
                            fill.setString(1, last.primary());
                            fill.setString(2, last.alternate());
                            fill.setString(3, first.primary());
                            fill.setString(4, first.alternate());
                            fill.setObject(5, rows.getObject("id", UUID.class));
                            fill.addBatch();
                            batch++;
                        }
                    }
                    fill.executeBatch();
                    connection.commit();
                    total += batch;
                } while (batch == BATCH);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
        return total;
    }
}
