package uk.ppo.suite;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL server from zonky's binaries on Maven Central: no system install, no Docker.
 * When the JVM runs as root, zonky runs {@code initdb} and {@code postgres} in a user namespace
 * ({@code unshare -U}), because PostgreSQL refuses to run as root.
 *
 * <p>One database ({@value #DATABASE}) holds one schema per service, each owned by that service's
 * owner role (Flyway's) and used by its runtime role, neither of which can touch anything else: the same
 * layout the Kubernetes manifests create.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String DATABASE = "ppo";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** A throwaway server for tests: random port, temporary data, fsync off. */
    public static LocalPostgres startEphemeral() {
        try {
            return new LocalPostgres(EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL: " + e.getMessage()
                    + " (as root this needs util-linux 'unshare' and user namespaces; see README, Troubleshooting)", e);
        }
    }

    /**
     * A server whose data survives restarts, with fsync on. A server left running by a launcher
     * that was killed with {@code kill -9} is stopped first (its pid is in {@code postmaster.pid}).
     */
    public static LocalPostgres startPersistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            stopStaleServer(dataDirectory);
            return new LocalPostgres(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start PostgreSQL on port " + port + " with data in "
                    + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    static void stopStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> stale = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        stale.filter(ProcessHandle::isAlive).ifPresent(process -> {
            System.out.println("Stopping a PostgreSQL server left running (pid " + process.pid() + ")");
            process.destroy();
            process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        });
        Files.deleteIfExists(pidFile);
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port(), database);
    }

    /** The JDBC URL of a database on a local server listening on {@code port}. */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates the suite's database if missing. Idempotent. */
    public void createDatabase(String database) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + identifier(database) + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + identifier(database));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    /** Drops a database and creates it empty (used to re-import Keycloak's realm). */
    public void recreateDatabase(String database, String owner) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + identifier(database) + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(owner));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate database " + database, e);
        }
    }

    /**
     * Creates (or updates the passwords of) a service's owner and runtime login roles and the schema the
     * owner owns, in {@code database}. Both roles' search path is the schema; the public schema is closed to
     * everyone. What the runtime role may do in the schema is granted by the service's own migrations (run
     * as the owner), so the rule has one home for the local run, the tests and Kubernetes alike.
     * <p>
     * A data directory from before the split has the schema and its objects owned by the runtime role: they
     * are handed to the owner here ({@code REASSIGN OWNED}), once, and the service's next migration grants
     * the runtime role back what it needs. Idempotent, so every start of the local run can call it.
     */
    public void provision(String database, ServiceDatabase service) {
        createDatabase(database);
        createRole(service.owner(), service.ownerPassword());
        createRole(service.role(), service.password());
        String schema = identifier(service.schema());
        String owner = identifier(service.owner());
        String runtime = identifier(service.role());
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            s.execute("REVOKE ALL ON DATABASE " + identifier(database) + " FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE " + identifier(database) + " TO " + owner + ", " + runtime);
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + owner);
            var rs = s.executeQuery("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = '" + schema + "'");
            rs.next();
            if (rs.getString(1).equals(runtime)) {
                s.execute("ALTER SCHEMA " + schema + " OWNER TO " + owner);
                s.execute("REASSIGN OWNED BY " + runtime + " TO " + owner);
            }
            for (String role : List.of(owner, runtime)) {
                s.execute("ALTER ROLE " + role + " IN DATABASE " + identifier(database) + " SET search_path = " + schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not provision schema " + service.schema(), e);
        }
    }

    /** Creates a login role, or resets its password if it exists. */
    public void createRole(String role, String password) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + identifier(role) + "'");
            String verb = rs.next() ? "ALTER" : "CREATE";
            s.execute(verb + " ROLE " + identifier(role) + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create role " + role, e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return server.getDatabase(SUPERUSER, database).getConnection();
    }

    /** Role, schema and database names here are ours, never user input; still, allow only plain identifiers. */
    private static String identifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
        return name;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException("Could not stop PostgreSQL", e);
        }
    }
}
