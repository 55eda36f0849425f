package uk.ppo.suite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The two roles per service, and a data directory from before them (the runtime role owning everything) taken over. */
class ProvisionTest {

    private static LocalPostgres postgres;

    @BeforeAll
    static void start() {
        postgres = LocalPostgres.startEphemeral();
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    private static Connection as(String user, String password) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(LocalPostgres.DATABASE), user, password);
    }

    private static List<String> owners(Connection c, String schema) throws SQLException {
        List<String> owners = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = '" + schema + "'"
                        + " UNION ALL (SELECT tableowner FROM pg_tables WHERE schemaname = '" + schema + "' ORDER BY tablename)")) {
            while (rows.next()) {
                owners.add(rows.getString(1));
            }
        }
        return owners;
    }

    @Test
    void aNewSchemaIsTheOwnersAndTheRuntimeRoleCanCreateNothingInIt() throws SQLException {
        ServiceDatabase db = ServiceDatabase.forSchema("fresh", "runtime-pw", "owner-pw");
        postgres.provision(LocalPostgres.DATABASE, db);
        postgres.provision(LocalPostgres.DATABASE, db); // idempotent: every start calls it
        try (Connection owner = as("fresh_owner", "owner-pw"); Statement s = owner.createStatement()) {
            s.execute("CREATE TABLE fresh.t (id int)");
            assertEquals(List.of("fresh_owner", "fresh_owner"), owners(owner, "fresh"));
        }
        try (Connection runtime = as("fresh_service", "runtime-pw"); Statement s = runtime.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("CREATE TABLE fresh.mine (id int)"));
        }
    }

    @Test
    void aSchemaTheRuntimeRoleOwnedFromEarlierRunsIsHandedToTheOwnerOnce() throws SQLException {
        // as provisioned before the owner roles: the runtime role owned the schema and created its tables
        postgres.createDatabase(LocalPostgres.DATABASE);
        postgres.createRole("legacy_service", "runtime-pw");
        try (Connection su = as("postgres", ""); Statement s = su.createStatement()) {
            s.execute("GRANT CONNECT ON DATABASE ppo TO legacy_service");
            s.execute("CREATE SCHEMA legacy AUTHORIZATION legacy_service");
        }
        try (Connection old = as("legacy_service", "runtime-pw"); Statement s = old.createStatement()) {
            s.execute("CREATE TABLE legacy.audit_record (id bigserial PRIMARY KEY, detail text)");
            s.execute("INSERT INTO legacy.audit_record (detail) VALUES ('kept')");
        }

        ServiceDatabase db = ServiceDatabase.forSchema("legacy", "runtime-pw", "owner-pw");
        postgres.provision(LocalPostgres.DATABASE, db);
        postgres.provision(LocalPostgres.DATABASE, db);

        try (Connection owner = as("legacy_owner", "owner-pw"); Statement s = owner.createStatement()) {
            assertEquals(List.of("legacy_owner", "legacy_owner"), owners(owner, "legacy"));
            try (ResultSet row = s.executeQuery("SELECT detail FROM legacy.audit_record")) {
                row.next();
                assertEquals("kept", row.getString(1));
            }
        }
        // until the service's migration grants it what it needs, the runtime role has nothing of its own
        try (Connection runtime = as("legacy_service", "runtime-pw"); Statement s = runtime.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("ALTER TABLE legacy.audit_record DISABLE TRIGGER ALL"));
            assertThrows(SQLException.class, () -> s.execute("DELETE FROM legacy.audit_record"));
        }
    }
}
