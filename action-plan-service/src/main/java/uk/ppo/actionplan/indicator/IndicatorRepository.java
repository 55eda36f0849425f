package uk.ppo.actionplan.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    private static final Sort ORDER = Sort.by("partnership").and("code");

    /** Another indicator of the partnership already has this code. */
    boolean codeTaken(String partnership, String code, UUID except) {
        return count("partnership = ?1 and code = ?2 and id <> ?3", partnership, code, except) > 0;
    }

    List<Indicator> page(String partnership, int page, int size) {
        return (partnership == null ? findAll(ORDER) : find("partnership", ORDER, partnership)).page(page, size).list();
    }

    long count(String partnership) {
        return partnership == null ? count() : count("partnership", partnership);
    }

    List<Indicator> all(String partnership) {
        return partnership == null ? listAll(ORDER) : list("partnership", ORDER, partnership);
    }

    /** The indicator, its row locked until the transaction ends: changes and actuals of one indicator queue up. */
    Optional<Indicator> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
