package uk.ppo.actionplan.deliveryplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
class DeliveryPlanRepository implements PanacheRepositoryBase<DeliveryPlan, UUID> {

    boolean exists(String partnership, String indicator) {
        return count("partnership = ?1 and indicator = ?2", partnership, indicator) > 0;
    }

    List<DeliveryPlan> page(int page, int size) {
        return findAll(Sort.by("partnership").and("indicator")).page(page, size).list();
    }
}
