package uk.ppo.actionplan.risk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.ppo.actionplan.deliveryplan.DeliveryPlan;
import uk.ppo.actionplan.plan.Plan;
import uk.ppo.actionplan.project.Project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class RiskRepository implements PanacheRepositoryBase<Risk, UUID> {

    /** Which risks a list asks for; null fields do not filter. */
    record Filter(String partnership, RiskStatus status, Boolean reviewOverdue, Integer minScore, LocalDate asOf) {
    }

    private static final String ORDER = " order by partnership, likelihood * impact desc nulls last, reviewDate nulls last, createdAt, id";

    List<Risk> find(Filter filter, int page, int size) {
        Query q = query(filter);
        return find(q.where() + ORDER, q.params()).page(page, size).list();
    }

    long count(Filter filter) {
        Query q = query(filter);
        return count(q.where(), q.params());
    }

    Optional<Risk> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    void record(RiskChange change) {
        getEntityManager().persist(change);
    }

    List<RiskChange> history(UUID riskId, int page, int size) {
        return getEntityManager().createQuery("from RiskChange where riskId = :risk order by at, version", RiskChange.class)
                .setParameter("risk", riskId).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    long countHistory(UUID riskId) {
        return getEntityManager().createQuery("select count(*) from RiskChange where riskId = :risk", Long.class)
                .setParameter("risk", riskId).getSingleResult();
    }

    /** Does the plan, delivery plan or project a risk links to exist? */
    boolean linkExists(RiskLinkKind kind, UUID id) {
        Class<?> type = switch (kind) {
            case PLAN -> Plan.class;
            case DELIVERY_PLAN -> DeliveryPlan.class;
            case PROJECT -> Project.class;
        };
        return getEntityManager().find(type, id) != null;
    }

    private record Query(String where, Parameters params) {
    }

    private static Query query(Filter f) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (f.partnership() != null) {
            where.append(" and partnership = :partnership");
            params.and("partnership", f.partnership());
        }
        if (f.status() != null) {
            where.append(" and status = :status");
            params.and("status", f.status());
        }
        if (f.minScore() != null) {
            where.append(" and likelihood * impact >= :minScore");
            params.and("minScore", f.minScore());
        }
        if (f.reviewOverdue() != null) {
            String overdue = "(status = :open and reviewDate < :asOf)";
            where.append(f.reviewOverdue() ? " and " + overdue : " and not " + overdue.replace("reviewDate <", "coalesce(reviewDate, :asOf) <"));
            params.and("open", RiskStatus.OPEN).and("asOf", f.asOf());
        }
        return new Query(where.toString(), params);
    }
}
