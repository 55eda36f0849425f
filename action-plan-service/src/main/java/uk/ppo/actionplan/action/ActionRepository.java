package uk.ppo.actionplan.action;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ActionRepository implements PanacheRepositoryBase<Action, UUID> {

    boolean codeTaken(UUID planId, String code) {
        return count("planId = ?1 and code = ?2", planId, code) > 0;
    }

    List<Action> ofPlan(UUID planId) {
        return find("planId", Sort.by("code"), planId).list();
    }

    List<Action> ofPlan(UUID planId, UUID priorityId, int page, int size) {
        if (priorityId == null) {
            return find("planId", Sort.by("code"), planId).page(page, size).list();
        }
        return find("planId = ?1 and priorityId = ?2", Sort.by("code"), planId, priorityId).page(page, size).list();
    }

    long countOfPlan(UUID planId, UUID priorityId) {
        return priorityId == null ? count("planId", planId) : count("planId = ?1 and priorityId = ?2", planId, priorityId);
    }

    Optional<Action> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
