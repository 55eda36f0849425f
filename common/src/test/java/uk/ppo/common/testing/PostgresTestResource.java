package uk.ppo.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.ppo.suite.LocalPostgres;
import uk.ppo.suite.ServiceDatabase;

import java.util.Map;

/**
 * A real PostgreSQL for a service's {@code @QuarkusTest}s: one embedded server per test JVM, with the
 * service's schema and its owner and runtime roles provisioned exactly as the local run and Kubernetes do.
 * Tests that play the owner (tampering with the audit trail) read its credentials from
 * {@code quarkus.flyway.username} and {@code quarkus.flyway.password}.
 * Use {@code @QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "offender"))}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalPostgres server;
    private String schema;

    @Override
    public void init(Map<String, String> initArgs) {
        schema = initArgs.get("schema");
        if (schema == null) {
            throw new IllegalArgumentException("PostgresTestResource needs the init arg 'schema'");
        }
    }

    @Override
    public Map<String, String> start() {
        LocalPostgres postgres = server();
        ServiceDatabase db = ServiceDatabase.forSchema(schema, "test-" + schema, "test-owner-" + schema);
        postgres.provision(LocalPostgres.DATABASE, db);
        // Flyway migrates as the owner, the service runs as its runtime role: as in the local run and Kubernetes
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(LocalPostgres.DATABASE),
                "quarkus.datasource.username", db.role(),
                "quarkus.datasource.password", db.password(),
                "quarkus.flyway.username", db.owner(),
                "quarkus.flyway.password", db.ownerPassword());
    }

    private static synchronized LocalPostgres server() {
        if (server == null) {
            LocalPostgres started = LocalPostgres.startEphemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-postgres-stop"));
            server = started;
        }
        return server;
    }

    @Override
    public void stop() {
        // the server lives as long as the test JVM: one start per module, not per test class
    }
}
