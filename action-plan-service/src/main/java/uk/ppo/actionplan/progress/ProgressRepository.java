package uk.ppo.actionplan.progress;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ProgressRepository implements PanacheRepositoryBase<ProgressUpdate, UUID> {

    List<ProgressUpdate> ofAction(UUID actionId) {
        return find("actionId", Sort.by("recordedAt").and("id"), actionId).list();
    }

    List<ProgressUpdate> ofActions(Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return find("actionId in ?1", Sort.by("recordedAt").and("id"), actionIds).list();
    }
}
