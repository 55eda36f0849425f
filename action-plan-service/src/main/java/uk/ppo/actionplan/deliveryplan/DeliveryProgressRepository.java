package uk.ppo.actionplan.deliveryplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class DeliveryProgressRepository implements PanacheRepositoryBase<DeliveryProgress, UUID> {

    private static final Sort OLDEST_FIRST = Sort.by("asOf").and("recordedAt").and("id");

    /** Every entry of the plans, oldest first (by as-of day, then recording time). */
    List<DeliveryProgress> ofPlans(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return find("planId in ?1", OLDEST_FIRST, planIds).list();
    }

    List<DeliveryProgress> ofItem(UUID itemId) {
        return find("activityId = ?1 or subTargetId = ?1", OLDEST_FIRST, itemId).list();
    }

    boolean anyFor(Collection<UUID> itemIds) {
        return !itemIds.isEmpty() && count("activityId in ?1 or subTargetId in ?1", itemIds) > 0;
    }
}
