package uk.ppo.common.testing;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An audit record the service cannot write shows in {@code ppo_audit_write_failures_total{service}} (the alert
 * {@code PpoAuditWriteFailed}): with the runtime role's INSERT on the audit table revoked, a refused call's record
 * fails and the counter rises by one. Implemented by the {@code AuditChainTest} of each service with an audit trail
 * (same Quarkus start); the grant is given back afterwards.
 */
public interface AuditFailuresContract {

    Pattern SERIES = Pattern.compile("(?m)^ppo_audit_write_failures_total\\{[^}]*service=\"([^\"]+)\"[^}]*} (\\S+)$");

    @Test
    default void anAuditRecordThatCannotBeWrittenIsCounted() throws Exception {
        var config = ConfigProvider.getConfig();
        String table = config.getValue("ppo.audit.chain.table", String.class);
        String runtimeRole = config.getValue("quarkus.datasource.username", String.class);
        double before = auditWriteFailures();
        try (Connection owner = AuditChainContract.owner(); Statement s = owner.createStatement()) {
            s.execute("REVOKE INSERT ON " + table + " FROM " + runtimeRole);
            try {
                AuditChainContract.refusedCall();
                double after = before;
                for (int i = 0; i < 100 && after == before; i++) {
                    Thread.sleep(100);
                    after = auditWriteFailures();
                }
                assertEquals(before + 1, after, "the refusal's record that could not be written is counted once");
            } finally {
                s.execute("GRANT INSERT ON " + table + " TO " + runtimeRole);
            }
        }
    }

    private static double auditWriteFailures() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = SERIES.matcher(metrics);
        assertTrue(m.find(), "no ppo_audit_write_failures_total series in /q/metrics");
        assertEquals(ConfigProvider.getConfig().getValue("quarkus.application.name", String.class), m.group(1));
        return Double.parseDouble(m.group(2));
    }
}
