package uk.ppo.offender.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.paging.Page;
import uk.ppo.offender.access.Caller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes the audit trail inside the caller's transaction, so a change and its audit record are
 * stored together or not at all; reads are audited in the read's transaction.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditRecord> {

    private final Caller caller;

    AuditLog(Caller caller) {
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, UUID personId, String detail) {
        persist(new AuditRecord(Instant.now(), caller.username(), String.join(",", caller.roles()), caller.agency(),
                action, personId, detail, caller.requestId(), caller.purpose()));
    }

    @Transactional
    public Page<AuditRecord> search(UUID personId, String username, Instant from, Instant to, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (personId != null) {
            where.add("personId = :personId");
            params.and("personId", personId);
        }
        if (username != null) {
            where.add("username = :username");
            params.and("username", username);
        }
        if (from != null) {
            where.add("at >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("at < :to");
            params.and("to", to);
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        var found = find(query, Sort.by("at").and("id"), params);
        return new Page<>(found.page(page, size).list(), page, size, found.count());
    }
}
