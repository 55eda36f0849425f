package uk.ppo.offender.person;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.audit.AuditAction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * The officers' status lookup, the suite's hot path. One SQL statement finds the person, checks the
 * caller's scheme scope and writes the audit record, in one round trip and one atomic statement: the
 * answer is never given without its audit record, and no ORM session is opened for it.
 */
@ApplicationScoped
public class StatusLookup {

    /*
     * "found" is the person (if any) with the caller's scope decided; "audited" inserts the audit row: the
     * lookup, or for a person out of the caller's scope the refused attempt (answered as for an unknown
     * PNC id, so the answer never tells "known in another scheme" from "unknown"). A data-modifying CTE
     * runs once whether or not the outer query reads it.
     */
    private static final String SQL = """
            WITH found AS (
                SELECT p.id, p.pnc_id, p.status, p.strand, s.code AS scheme, p.lead_officer_name,
                       p.lead_officer_contact, p.flags, p.next_review_due,
                       (? OR s.code = ANY (?)) AS in_scope
                  FROM person p JOIN scheme s ON s.id = p.scheme_id
                 WHERE p.pnc_id = ?),
            audited AS (
                INSERT INTO audit_record (at, username, roles, agency, action, person_id, detail, request_id, purpose, client_id)
                SELECT ?, ?, ?, ?, CASE WHEN coalesce(f.in_scope, true) THEN ? ELSE ? END, f.id,
                       CASE WHEN f.id IS NULL THEN 'unknown' WHEN NOT f.in_scope THEN 'status lookup: person out of scope' END, ?, ?, ?
                  FROM (SELECT 1) AS one LEFT JOIN found f ON true)
            SELECT * FROM found""";

    private static final StringListConverter FLAGS = new StringListConverter();

    private final AgroalDataSource dataSource;
    private final Caller caller;
    private final AuditTrail audit;

    StatusLookup(AgroalDataSource dataSource, Caller caller, AuditTrail audit) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.audit = audit;
    }

    public PersonRecords.StatusView lookup(String pnc) {
        String canonical = PncId.canonical(pnc).orElseThrow(() -> ProblemException.invalid("pnc", PncId.FORMAT_MESSAGE));
        var scope = caller.scope();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setBoolean(1, scope.coversEveryScheme());
            statement.setArray(2, connection.createArrayOf("text", scope.codes().toArray()));
            statement.setString(3, canonical);
            audit.bindWho(statement, 4);
            statement.setString(8, AuditAction.STATUS_LOOKUP.name());
            statement.setString(9, AuditAction.ACCESS_REFUSED.name());
            audit.bindRequest(statement, 10);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return PersonRecords.StatusView.notPpo(canonical);
                }
                PersonStatus status = PersonStatus.valueOf(row.getString("status"));
                if (!row.getBoolean("in_scope") || !status.isCurrentPpo()) {
                    return PersonRecords.StatusView.notPpo(canonical);
                }
                return view(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("status lookup failed", e);
        }
    }

    /**
     * The status view of a current PPO from a row with the columns pnc_id, status, strand, scheme (its code),
     * lead_officer_name, lead_officer_contact, flags and next_review_due: the lookup's and the name search's.
     */
    static PersonRecords.StatusView view(ResultSet row) throws SQLException {
        String strand = row.getString("strand");
        return new PersonRecords.StatusView(row.getString("pnc_id"), true,
                strand == null ? null : Strand.valueOf(strand), PersonStatus.valueOf(row.getString("status")),
                row.getString("scheme"),
                PersonRecords.officer(row.getString("lead_officer_name"), row.getString("lead_officer_contact")),
                FLAGS.convertToEntityAttribute(row.getString("flags")),
                row.getObject("next_review_due", java.time.LocalDate.class));
    }
}
