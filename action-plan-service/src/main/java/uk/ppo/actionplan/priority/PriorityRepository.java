package uk.ppo.actionplan.priority;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PriorityRepository implements PanacheRepositoryBase<Priority, UUID> {

    Optional<Priority> findByCode(UUID planId, String code) {
        return find("planId = ?1 and code = ?2", planId, code).firstResultOptional();
    }

    Optional<Priority> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<Priority> ofPlan(UUID planId) {
        return find("planId", Sort.by("code"), planId).list();
    }
}
