package uk.ppo.actionplan.ppoplan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class PpoPlanRepository implements PanacheRepositoryBase<PpoPlan, UUID> {

    Optional<PpoPlan> activeFor(UUID offenderId) {
        return find("offenderId = ?1 and status = ?2", offenderId, PpoPlanStatus.ACTIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Active plans with an action raised at one of the conferences. */
    List<PpoPlan> withActionsRaisedAt(Collection<UUID> conferenceIds) {
        return find("select distinct p from PpoPlan p join p.actions a where p.status = ?1 and a.raisedAtConference in ?2",
                PpoPlanStatus.ACTIVE, conferenceIds).list();
    }

    Optional<PpoPlan> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Plans matching the filters; {@code schemes} (the caller's scope) null means every scheme.
     * Newest first.
     */
    PanacheQuery<PpoPlan> search(UUID offenderId, String schemeCode, PpoPlanStatus status, Set<String> schemes) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (offenderId != null) {
            query.append(" and offenderId = :offender");
            params.and("offender", offenderId);
        }
        if (schemeCode != null) {
            query.append(" and schemeCode = :scheme");
            params.and("scheme", schemeCode);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (schemes != null) {
            query.append(" and schemeCode in :scope");
            params.and("scope", schemes);
        }
        return find(query.toString(), Sort.by("createdAt", Sort.Direction.Descending).and("id"), params);
    }
}
