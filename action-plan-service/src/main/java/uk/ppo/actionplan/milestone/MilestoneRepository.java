package uk.ppo.actionplan.milestone;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    List<Milestone> ofAction(UUID actionId) {
        return find("actionId", Sort.by("createdAt").and("id"), actionId).list();
    }

    List<Milestone> ofActions(Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return find("actionId in ?1", Sort.by("createdAt").and("id"), actionIds).list();
    }

    Optional<Milestone> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
