package uk.ppo.common.testing;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What every service's audit trail guarantees (issue 21, item 7), as a {@code @QuarkusTest} of the service with
 * {@link PostgresTestResource}: the role the service runs as cannot change, remove or unguard audit rows, nor move
 * the chain head; the owner role can (it owns the table), but then {@code GET /api/v1/audit/verification} shows the
 * break. Each service extends this; the table is the one it configures ({@code ppo.audit.chain.table}), guarded by
 * the trigger {@code <table>_append_only}, and a service whose API writes audit rows of its own says how to make it
 * write one (by default: a refused call, which every service audits).
 * <p>
 * The tampering test puts the row back as it was and re-arms the guards, so the trail holds again for other tests.
 */
public abstract class AuditChainContract {

    private static final String AUDITOR = TestTokens.user("aud.itor").roles("auditor").agency("council").token();
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /** The audit table the service configures: {@code audit_record} or {@code audit_event}. */
    protected String table() {
        return ConfigProvider.getConfig().getValue("ppo.audit.chain.table", String.class);
    }

    /** The trigger that refuses UPDATE and DELETE on the audit table. */
    protected String appendOnlyTrigger() {
        return table() + "_append_only";
    }

    /** A text column of the audit table an attacker might edit. */
    protected String textColumn() {
        return "detail";
    }

    /** Makes the service write at least one audit row, through its API: by default a call refused for the caller's role. */
    protected void writeAuditedRow() {
        awaitingNewRow(AuditChainContract::refusedCall);
    }

    private static Connection connect(String userKey, String passwordKey) throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue(userKey, String.class), config.getValue(passwordKey, String.class));
    }

    /** As the service: its runtime role. */
    protected static Connection runtime() throws SQLException {
        return connect("quarkus.datasource.username", "quarkus.datasource.password");
    }

    /** As Flyway: the schema's owner role. */
    protected static Connection owner() throws SQLException {
        return connect("quarkus.flyway.username", "quarkus.flyway.password");
    }

    /**
     * Runs {@code call} and waits (up to 10 s) for the audit table to grow: for services whose only audit rows are
     * refusals, which are written just after the answer.
     */
    protected void awaitingNewRow(Runnable call) {
        try (Connection c = runtime()) {
            long before = scalar(c, "SELECT count(*) FROM " + table());
            call.run();
            for (int i = 0; i < 100 && scalar(c, "SELECT count(*) FROM " + table()) == before; i++) {
                Thread.sleep(100);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A call refused for the caller's role: audited as ACCESS_REFUSED in every service. */
    protected static void refusedCall() {
        given().auth().oauth2(TestTokens.user("oscar.officer").roles("officer").agency("police").token())
                .get("/api/v1/audit/verification").then().statusCode(403);
    }

    private long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void theRuntimeRoleCannotChangeRemoveOrUnguardAuditRowsNorMoveTheChainHead() throws SQLException {
        writeAuditedRow();
        String t = table();
        try (Connection c = runtime()) {
            long last = scalar(c, "SELECT max(chain_seq) FROM " + t);
            for (String attack : List.of(
                    "UPDATE " + t + " SET " + textColumn() + " = 'nothing to see' WHERE chain_seq = " + last,
                    "DELETE FROM " + t + " WHERE chain_seq = " + last,
                    "TRUNCATE " + t,
                    "ALTER TABLE " + t + " DISABLE TRIGGER " + appendOnlyTrigger(),
                    "ALTER TABLE " + t + " DISABLE TRIGGER ALL",
                    "DROP TRIGGER " + appendOnlyTrigger() + " ON " + t,
                    "DROP TRIGGER " + t + "_chained ON " + t,
                    "DROP TRIGGER " + t + "_chain_head ON " + t,
                    "ALTER TABLE " + t + " OWNER TO CURRENT_USER",
                    "DROP TABLE " + t,
                    "UPDATE audit_chain_head SET last_seq = last_seq - 1",
                    "DELETE FROM audit_chain_head",
                    "CREATE OR REPLACE FUNCTION " + t + "_chain_text(r " + t + ") RETURNS text LANGUAGE sql AS $$ SELECT '' $$")) {
                SQLException refused = assertThrows(SQLException.class, () -> {
                    try (Statement s = c.createStatement()) {
                        s.execute(attack);
                    }
                }, "the runtime role could run: " + attack);
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), attack + ": " + refused.getMessage());
            }
            // Granting itself more only warns "no privileges were granted": it holds no grant option.
            try (Statement s = c.createStatement()) {
                s.execute("GRANT UPDATE, DELETE, TRUNCATE ON " + t + " TO CURRENT_USER");
            }
            assertEquals(0, scalar(c, "SELECT count(*) FROM (VALUES ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('TRIGGER')) p(privilege)"
                    + " WHERE has_table_privilege(current_user, '" + t + "', p.privilege)"));
            assertEquals(0, scalar(c, "SELECT count(*) FROM (VALUES ('UPDATE'), ('DELETE'), ('TRUNCATE')) p(privilege)"
                    + " WHERE has_table_privilege(current_user, 'audit_chain_head', p.privilege)"));
        }
        given().auth().oauth2(AUDITOR).get("/api/v1/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void editingOneRowAsTheOwnerIsReportedAsTheFirstBreakAndTheUntouchedTrailHolds() throws SQLException {
        writeAuditedRow();
        String t = table();
        long rows;
        try (Connection c = runtime()) {
            rows = scalar(c, "SELECT count(*) FROM " + t);
        }
        given().auth().oauth2(AUDITOR).get("/api/v1/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true))
                .body("rowsChecked", equalTo((int) rows))
                .body("firstBreak", nullValue())
                .body("service", notNullValue())
                .body("checkedAt", notNullValue());

        try (Connection c = owner(); Statement s = c.createStatement()) {
            long target = scalar(c, "SELECT max(chain_seq) FROM " + t);
            String original;
            try (ResultSet row = s.executeQuery("SELECT " + textColumn() + " FROM " + t + " WHERE chain_seq = " + target)) {
                row.next();
                original = row.getString(1);
            }
            assertNotEquals("nothing to see", original);
            s.execute("GRANT UPDATE ON " + t + " TO CURRENT_USER");
            s.execute("ALTER TABLE " + t + " DISABLE TRIGGER " + appendOnlyTrigger());
            try {
                s.execute("UPDATE " + t + " SET " + textColumn() + " = 'nothing to see' WHERE chain_seq = " + target);
                given().auth().oauth2(AUDITOR).get("/api/v1/audit/verification").then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("rowsChecked", equalTo((int) rows))
                        .body("firstBreak.sequence", equalTo((int) target))
                        .body("firstBreak.kind", equalTo("CHANGED"));
            } finally {
                try (var restore = c.prepareStatement("UPDATE " + t + " SET " + textColumn() + " = ? WHERE chain_seq = " + target)) {
                    restore.setString(1, original);
                    restore.executeUpdate();
                }
                s.execute("ALTER TABLE " + t + " ENABLE TRIGGER " + appendOnlyTrigger());
                s.execute("REVOKE UPDATE ON " + t + " FROM CURRENT_USER");
            }
        }
        given().auth().oauth2(AUDITOR).get("/api/v1/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void onlyAuditorsMayVerify() {
        given().get("/api/v1/audit/verification").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("ada.admin").roles("admin").agency("council").token())
                .get("/api/v1/audit/verification").then().statusCode(403);
    }
}
