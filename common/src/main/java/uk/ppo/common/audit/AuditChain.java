package uk.ppo.common.audit;

import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Checks a service's hash-chained audit table ({@code ppo.audit.chain.table}: {@code audit_record}, or
 * action-plan-service's {@code audit_event}).
 * <p>
 * Each service's migration gives the table {@code chain_seq}, {@code prev_hash} and {@code row_hash}, a function
 * {@code <table>_chain_text(row)} (the row's canonical text) and a one-row {@code audit_chain_head}; a trigger owned
 * by the schema's owner role chains every inserted row: {@code row_hash = sha256hex(prev_hash + "\n" + text)}, the
 * first row's {@code prev_hash} being 64 zeros. The check reads every row in chain order and recomputes each hash
 * here, so a row changed after it was written (by someone able to lift the table's guards) shows, as does a row
 * taken out or a chain cut short at the end.
 */
@ApplicationScoped
// only in services that set ppo.audit.chain.table (a build-time property): not in the gateway, which has no database
@UnlessBuildProperty(name = "ppo.audit.chain.table", stringValue = "none", enableIfMissing = false)
public class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private final Instance<DataSource> dataSource;
    private final String table;
    private final String service;
    private final Clock clock = Clock.systemUTC();

    AuditChain(Instance<DataSource> dataSource, AuditChainConfig config,
               @ConfigProperty(name = "quarkus.application.name") String service) {
        this.dataSource = dataSource;
        this.table = config.table();
        this.service = service;
    }

    /** Every row up to the chain's head as it stood when the check began (rows written meanwhile wait for the next check). */
    @Transactional
    public AuditVerification verify() {
        Instant checkedAt = Instant.now(clock);
        try (Connection connection = dataSource.get().getConnection()) {
            long headSeq;
            String headHash;
            try (Statement s = connection.createStatement();
                 ResultSet head = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head")) {
                if (!head.next()) {
                    return new AuditVerification(service, 0, false, AuditChainBreak.of(1, AuditChainBreak.Kind.HEAD), checkedAt);
                }
                headSeq = head.getLong(1);
                headHash = head.getString(2);
            }
            ChainCheck check = new ChainCheck();
            try (PreparedStatement select = connection.prepareStatement("SELECT chain_seq, prev_hash, row_hash, "
                    + table + "_chain_text(t) FROM " + table + " t WHERE chain_seq <= ? ORDER BY chain_seq")) {
                select.setLong(1, headSeq);
                select.setFetchSize(2000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        check.row(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4));
                    }
                }
            }
            check.end(headSeq, headHash);
            return new AuditVerification(service, check.rows, check.firstBreak == null, check.firstBreak, checkedAt);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit trail", e);
        }
    }

    /** The rule, row by row: pure, so it is tested without a database. */
    static final class ChainCheck {
        private final MessageDigest sha256;
        long rows;
        AuditChainBreak firstBreak;
        private long expectedSeq = 1;
        private String previousHash = GENESIS;

        ChainCheck() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void row(long seq, String prevHash, String rowHash, String text) {
            rows++;
            if (seq != expectedSeq) {
                found(AuditChainBreak.of(expectedSeq, AuditChainBreak.Kind.MISSING));
            } else if (!previousHash.equals(prevHash)) {
                found(AuditChainBreak.of(seq, AuditChainBreak.Kind.UNLINKED));
            } else if (!hash(prevHash, text).equals(rowHash)) {
                found(AuditChainBreak.of(seq, AuditChainBreak.Kind.CHANGED));
            }
            expectedSeq = seq + 1;
            previousHash = rowHash;
        }

        void end(long headSeq, String headHash) {
            if (expectedSeq - 1 != headSeq || !previousHash.equals(headHash)) {
                found(AuditChainBreak.of(Math.min(expectedSeq, headSeq), AuditChainBreak.Kind.HEAD));
            }
        }

        String hash(String prevHash, String text) {
            return HexFormat.of().formatHex(sha256.digest((prevHash + "\n" + text).getBytes(StandardCharsets.UTF_8)));
        }

        private void found(AuditChainBreak at) {
            if (firstBreak == null) {
                firstBreak = at;
            }
        }
    }
}
