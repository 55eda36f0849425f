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
     * "found" is the person (if any) with the caller's scope decided; "audited" inserts the audit row
     * unless the person is out of scope (that answer is a 404 as if they did not exist, as everywhere).
     * A data-modifying CTE runs once whether or not the outer query reads it.
     */
    private static final String SQL = """
            WITH found AS (
                SELECT p.id, p.pnc_id, p.status, p.strand, s.code AS scheme, p.lead_officer_name,
                       p.lead_officer_contact, p.flags, p.next_review_due,
                       (NOT ? OR s.code = ANY (?)) AS in_scope
                  FROM person p JOIN scheme s ON s.id = p.scheme_id
                 WHERE p.pnc_id = ?),
            audited AS (
                INSERT INTO audit_record (at, username, roles, agency, action, person_id, detail, request_id, purpose)
                SELECT ?, ?, ?, ?, ?, f.id, CASE WHEN f.id IS NULL THEN 'unknown' END, ?, ?
                  FROM (SELECT 1) AS one LEFT JOIN found f ON true
                 WHERE coalesce(f.in_scope, true))
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
            statement.setBoolean(1, !scope.coversEveryScheme());
            statement.setArray(2, connection.createArrayOf("text", scope.codes().toArray()));
            statement.setString(3, canonical);
            audit.bindWho(statement, 4);
            statement.setString(8, AuditAction.STATUS_LOOKUP.name());
            audit.bindRequest(statement, 9);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return PersonRecords.StatusView.notPpo(canonical);
                }
                if (!row.getBoolean("in_scope")) {
                    throw ProblemException.notFound("No person with PNC id " + canonical);
                }
                PersonStatus status = PersonStatus.valueOf(row.getString("status"));
                if (!status.isCurrentPpo()) {
                    return PersonRecords.StatusView.notPpo(canonical);
                }
                String strand = row.getString("strand");
                var reviewDue = row.getObject("next_review_due", java.time.LocalDate.class);
                return new PersonRecords.StatusView(row.getString("pnc_id"), true,
                        strand == null ? null : Strand.valueOf(strand), status, row.getString("scheme"),
                        PersonRecords.officer(row.getString("lead_officer_name"), row.getString("lead_officer_contact")),
                        FLAGS.convertToEntityAttribute(row.getString("flags")), reviewDue);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("status lookup failed", e);
        }
    }
}
