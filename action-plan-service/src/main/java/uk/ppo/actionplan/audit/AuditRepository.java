package uk.ppo.actionplan.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    // One row per (subject, person) pair, in the order given, as one statement.
    private static final String INSERT_EACH = """
            INSERT INTO audit_event (id, occurred_at, actor, roles, agency, action, subject_type, subject_id, person_id,
                                     plan_id, detail, request_id, purpose, client_id)
            SELECT gen_random_uuid(), ?, ?, ?, ?, ?, ?, s.subject, s.person, NULL, ?, ?, ?, ?
            FROM unnest(?::uuid[], ?::uuid[]) WITH ORDINALITY AS s(subject, person, n) ORDER BY s.n""";

    private static final String INSERT = """
            INSERT INTO audit_event (id, occurred_at, actor, roles, agency, action, subject_type, subject_id, person_id,
                                     plan_id, detail, request_id, purpose, client_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The entry, written at once by its own statement in the current transaction (not at the flush before commit). */
    void insert(AuditEntry entry) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, entry.id());
                insert.setTimestamp(2, Timestamp.from(entry.at()));
                insert.setString(3, entry.actor());
                insert.setString(4, entry.roles());
                insert.setString(5, entry.agency());
                insert.setString(6, entry.action());
                insert.setString(7, entry.subjectType());
                insert.setObject(8, entry.subjectId());
                insert.setObject(9, entry.personId());
                insert.setObject(10, entry.planId());
                insert.setString(11, entry.detail());
                insert.setString(12, entry.requestId());
                insert.setString(13, entry.purpose());
                insert.setString(14, entry.client());
                insert.executeUpdate();
            }
        });
    }

    /** {@code template}'s who, what and why once per subject and person (the template's own subject and person are ignored). */
    void insertEach(AuditEntry template, UUID[] subjects, UUID[] people) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EACH)) {
                insert.setTimestamp(1, Timestamp.from(template.at()));
                insert.setString(2, template.actor());
                insert.setString(3, template.roles());
                insert.setString(4, template.agency());
                insert.setString(5, template.action());
                insert.setString(6, template.subjectType());
                insert.setString(7, template.detail());
                insert.setString(8, template.requestId());
                insert.setString(9, template.purpose());
                insert.setString(10, template.client());
                insert.setArray(11, connection.createArrayOf("uuid", subjects));
                insert.setArray(12, connection.createArrayOf("uuid", people));
                insert.executeUpdate();
            }
        });
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
