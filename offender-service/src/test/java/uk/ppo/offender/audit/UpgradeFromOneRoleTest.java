package uk.ppo.offender.audit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import uk.ppo.suite.LocalPostgres;
import uk.ppo.suite.ServiceDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database from before the owner role (issue 21, item 7): the runtime role owned the schema, ran Flyway up to V7
 * and wrote audit rows. Provisioning hands the schema to the owner, the owner's migration grants the runtime role
 * back what it needs and chains the rows already there in the order they were written.
 */
class UpgradeFromOneRoleTest {

    private static Flyway flyway(LocalPostgres postgres, String user, String password, String target) {
        return Flyway.configure()
                .dataSource(postgres.jdbcUrl(LocalPostgres.DATABASE), user, password)
                .schemas("offender").defaultSchema("offender").locations("classpath:db/migration")
                .placeholders(Map.of("runtime_role", "offender_service"))
                .target(target).load();
    }

    private static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void theOwnerTakesOverChainsTheExistingAuditRowsAndLeavesTheRuntimeRoleOnlyInsertAndSelectOnThem() throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.startEphemeral()) {
            // as provisioned and migrated before: one role, owning everything
            postgres.createDatabase(LocalPostgres.DATABASE);
            postgres.createRole("offender_service", "runtime-pw");
            try (Connection su = DriverManager.getConnection(postgres.jdbcUrl(LocalPostgres.DATABASE), "postgres", "");
                 Statement s = su.createStatement()) {
                s.execute("GRANT CONNECT ON DATABASE ppo TO offender_service");
                s.execute("CREATE SCHEMA offender AUTHORIZATION offender_service");
            }
            flyway(postgres, "offender_service", "runtime-pw", "7").migrate();
            String url = postgres.jdbcUrl(LocalPostgres.DATABASE) + "?currentSchema=offender";
            try (Connection old = DriverManager.getConnection(url, "offender_service", "runtime-pw"); Statement s = old.createStatement()) {
                s.execute("SET TIME ZONE 'Europe/London'");
                for (int i = 0; i < 5; i++) {
                    s.execute("INSERT INTO audit_record (at, username, roles, action, detail) VALUES (now() - interval '" + (5 - i)
                            + " days', 'cora', 'coordinator', 'PERSON_READ', 'before the owner role " + i + "')");
                }
            }

            postgres.provision(LocalPostgres.DATABASE, ServiceDatabase.forSchema("offender", "runtime-pw", "owner-pw"));
            flyway(postgres, "offender_owner", "owner-pw", "latest").migrate();

            try (Connection runtime = DriverManager.getConnection(url, "offender_service", "runtime-pw");
                 Statement s = runtime.createStatement()) {
                s.execute("INSERT INTO audit_record (at, username, roles, action) VALUES (now(), 'aud', 'auditor', 'PERSON_READ')");
                assertEquals(6, scalar(s, "SELECT count(*) FROM audit_record"));
                assertEquals(6, scalar(s, "SELECT last_seq FROM audit_chain_head"));
                // the old rows in the order written, then the new one; every hash recomputes and links to the one before
                assertEquals(0, scalar(s, """
                        SELECT count(*) FROM (
                          SELECT chain_seq, row_number() OVER (ORDER BY at, id) AS n, prev_hash, row_hash,
                                 lag(row_hash, 1, repeat('0', 64)) OVER (ORDER BY chain_seq) AS before,
                                 encode(sha256(convert_to(prev_hash || E'\\n' || audit_record_chain_text(t), 'UTF8')), 'hex') AS recomputed
                          FROM audit_record t) c
                        WHERE chain_seq <> n OR prev_hash <> before OR row_hash <> recomputed"""));
                assertTrue(scalar(s, "SELECT count(*) FROM person") >= 0, "the runtime role reads the tables made before");
                assertThrows(SQLException.class, () -> s.execute("UPDATE audit_record SET detail = 'x'"));
                assertThrows(SQLException.class, () -> s.execute("ALTER TABLE audit_record DISABLE TRIGGER ALL"));
                assertThrows(SQLException.class, () -> s.execute("SELECT count(*) FROM flyway_schema_history"));
            }
        }
    }
}
