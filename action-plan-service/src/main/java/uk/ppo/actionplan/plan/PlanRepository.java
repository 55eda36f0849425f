package uk.ppo.actionplan.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    boolean exists(String partnership, String financialYear, String title) {
        return count("partnership = ?1 and financialYear = ?2 and title = ?3", partnership, financialYear, title) > 0;
    }

    List<Plan> page(int page, int size) {
        return findAll(Sort.by("financialYear", Sort.Direction.Descending).and("partnership").and("title"))
                .page(page, size).list();
    }

    /** The plan, its row locked until the transaction ends: changes to one plan queue up. */
    Optional<Plan> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The partnership's plans for a financial year, or every partnership's when {@code partnership} is null. */
    List<Plan> ofYear(String partnership, String financialYear) {
        Sort order = Sort.by("partnership").and("title");
        return partnership == null ? list("financialYear", order, financialYear)
                : list("partnership = ?1 and financialYear = ?2", order, partnership, financialYear);
    }
}
