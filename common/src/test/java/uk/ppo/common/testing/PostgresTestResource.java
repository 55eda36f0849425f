package uk.ppo.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.ppo.suite.LocalPostgres;
import uk.ppo.suite.ServiceDatabase;

import java.util.Map;

/**
 * A real PostgreSQL for a service's {@code @QuarkusTest}s: one embedded server per test JVM, with the
 * service's schema and role provisioned exactly as the local run and Kubernetes do.
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
        ServiceDatabase db = ServiceDatabase.forSchema(schema, "test-" + schema);
        postgres.provision(LocalPostgres.DATABASE, db);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(LocalPostgres.DATABASE),
                "quarkus.datasource.username", db.role(),
                "quarkus.datasource.password", db.password());
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
