package uk.ppo.common.sample;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads a service's sample data ({@code db/sample-data.sql}) at start when
 * {@code ppo.sample-data.enabled=true} — the local run turns it on, production never does. Runs after
 * Flyway, in one transaction; the scripts are idempotent ({@code ON CONFLICT DO NOTHING}), so every
 * start of the local run may call it. Sample rows stay out of Flyway's history on purpose.
 */
@Singleton
public class SampleData {

    static final String SCRIPT = "db/sample-data.sql";
    private static final Logger LOG = Logger.getLogger(SampleData.class);

    private final boolean enabled;
    private final Instance<DataSource> dataSource;

    SampleData(SampleDataConfig config, Instance<DataSource> dataSource) {
        this.enabled = config.enabled();
        this.dataSource = dataSource;
    }

    void load(@Observes StartupEvent start) throws IOException, SQLException {
        if (!enabled || !dataSource.isResolvable()) {
            return;
        }
        String sql;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                return;
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = dataSource.get().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
        LOG.info("Sample data loaded from " + SCRIPT);
    }
}
