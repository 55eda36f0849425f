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

    /** Of these people, those with an active plan: person to plan id. */
    java.util.Map<UUID, UUID> activePlansOf(Collection<UUID> people) {
        java.util.Map<UUID, UUID> active = new java.util.HashMap<>();
        if (!people.isEmpty()) {
            getEntityManager().createQuery("select p.offenderId, p.id from PpoPlan p where p.status = :status and p.offenderId in :people", Object[].class)
                    .setParameter("status", PpoPlanStatus.ACTIVE).setParameter("people", people).getResultList()
                    .forEach(r -> active.put((UUID) r[0], (UUID) r[1]));
        }
        return active;
    }

    Optional<PpoPlan> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The people with a plan, one or all ({@code offenderId} null), with a plan in the status (any when null). */
    List<UUID> peopleWithPlans(UUID offenderId, PpoPlanStatus status) {
        StringBuilder query = new StringBuilder("select distinct p.offenderId from PpoPlan p where 1 = 1");
        if (offenderId != null) {
            query.append(" and p.offenderId = :offender");
        }
        if (status != null) {
            query.append(" and p.status = :status");
        }
        var select = getEntityManager().createQuery(query.toString(), UUID.class);
        if (offenderId != null) {
            select.setParameter("offender", offenderId);
        }
        if (status != null) {
            select.setParameter("status", status);
        }
        return select.getResultList();
    }

    /** The plans of these people, in the status (any when null); newest first. */
    PanacheQuery<PpoPlan> search(Collection<UUID> people, PpoPlanStatus status) {
        StringBuilder query = new StringBuilder("offenderId in :people");
        Parameters params = Parameters.with("people", people);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        return find(query.toString(), Sort.by("createdAt", Sort.Direction.Descending).and("id"), params);
    }
}
