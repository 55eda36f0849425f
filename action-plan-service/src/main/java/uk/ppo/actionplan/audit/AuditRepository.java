package uk.ppo.actionplan.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    // Who, what and why: the first ten parameters of both statements (bindWho).
    private static final String COLUMNS = "occurred_at, actor, roles, agency, action, subject_type, detail, request_id, purpose, client_id";

    // One row per (subject, person) pair, in the order given, as one statement.
    private static final String INSERT_EACH = "INSERT INTO audit_event (" + COLUMNS + ", id, subject_id, person_id)"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, gen_random_uuid(), s.subject, s.person"
            + " FROM unnest(?::uuid[], ?::uuid[]) WITH ORDINALITY AS s(subject, person, n) ORDER BY s.n";

    private static final String INSERT = "INSERT INTO audit_event (" + COLUMNS + ", id, subject_id, person_id, plan_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The entry, written at once by its own statement in the current transaction (not at the flush before commit). */
    void insert(AuditEntry entry) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                bindWho(insert, entry);
                insert.setObject(11, entry.id());
                insert.setObject(12, entry.subjectId());
                insert.setObject(13, entry.personId());
                insert.setObject(14, entry.planId());
                insert.executeUpdate();
            }
        });
    }

    /** {@code template}'s who, what and why once per subject and person (the template's own subject and person are ignored). */
    void insertEach(AuditEntry template, UUID[] subjects, UUID[] people) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EACH)) {
                bindWho(insert, template);
                insert.setArray(11, connection.createArrayOf("uuid", subjects));
                insert.setArray(12, connection.createArrayOf("uuid", people));
                insert.executeUpdate();
            }
        });
    }

    private static void bindWho(PreparedStatement insert, AuditEntry entry) throws SQLException {
        insert.setTimestamp(1, Timestamp.from(entry.at()));
        insert.setString(2, entry.actor());
        insert.setString(3, entry.roles());
        insert.setString(4, entry.agency());
        insert.setString(5, entry.action());
        insert.setString(6, entry.subjectType());
        insert.setString(7, entry.detail());
        insert.setString(8, entry.requestId());
        insert.setString(9, entry.purpose());
        insert.setString(10, entry.client());
    }

    List<AuditEntry> forPerson(UUID personId, int page, int size) {
        return find("personId", Sort.by("at", Sort.Direction.Descending).and("id"), personId).page(page, size).list();
    }

    /** The person's entries at or after {@code from} and before {@code until} (either null: open), oldest first. */
    List<AuditEntry> forPersonBetween(UUID personId, Instant from, Instant until) {
        StringBuilder query = new StringBuilder("personId = :person");
        Parameters params = Parameters.with("person", personId);
        if (from != null) {
            query.append(" and at >= :from");
            params.and("from", from);
        }
        if (until != null) {
            query.append(" and at < :until");
            params.and("until", until);
        }
        return find(query.toString(), Sort.by("at").and("id"), params).list();
    }

    long countForPerson(UUID personId) {
        return count("personId", personId);
    }

    List<AuditEntry> forPlan(UUID planId, int page, int size) {
        return find("planId", Sort.by("at").and("id"), planId).page(page, size).list();
    }

    long countForPlan(UUID planId) {
        return count("planId", planId);
    }

    List<AuditEntry> forSubject(UUID subjectId) {
        return find("subjectId", Sort.by("at").and("id"), subjectId).list();
    }
}
