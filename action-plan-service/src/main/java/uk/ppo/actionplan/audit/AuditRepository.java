package uk.ppo.actionplan.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

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
