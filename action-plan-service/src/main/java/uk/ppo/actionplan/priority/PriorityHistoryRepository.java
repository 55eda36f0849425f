package uk.ppo.actionplan.priority;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
class PriorityHistoryRepository implements PanacheRepositoryBase<PriorityVersion, UUID> {

    /** The versions a priority's edits replaced, oldest first. */
    List<PriorityVersion> ofPriority(UUID priorityId) {
        return find("priorityId", Sort.by("version"), priorityId).list();
    }
}
