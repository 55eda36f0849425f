package uk.ppo.actionplan.deliveryplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class DeliveryPlanRepository implements PanacheRepositoryBase<DeliveryPlan, UUID> {

    boolean exists(String partnership, String indicator) {
        return count("partnership = ?1 and indicator = ?2", partnership, indicator) > 0;
    }

    Optional<DeliveryPlan> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<DeliveryPlan> all() {
        return findAll(Sort.by("partnership").and("indicator")).list();
    }

    List<DeliveryPlan> page(int page, int size) {
        return findAll(Sort.by("partnership").and("indicator")).page(page, size).list();
    }
}
