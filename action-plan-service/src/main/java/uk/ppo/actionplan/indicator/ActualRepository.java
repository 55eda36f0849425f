package uk.ppo.actionplan.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ActualRepository implements PanacheRepositoryBase<IndicatorActual, UUID> {

    Optional<IndicatorActual> current(UUID indicatorId, String period) {
        return find("indicatorId = ?1 and period = ?2 and supersededAt is null", indicatorId, period).firstResultOptional();
    }

    /** The current actuals of these periods. */
    List<IndicatorActual> current(UUID indicatorId, Collection<String> periods) {
        return list("indicatorId = ?1 and period in ?2 and supersededAt is null", indicatorId, periods);
    }

    /** Current actuals by period end (with {@code history}, the replaced ones too, after the one that replaced them). */
    List<IndicatorActual> of(UUID indicatorId, boolean history) {
        Sort order = Sort.by("periodEnd").and("periodStart").and("enteredAt", Sort.Direction.Descending);
        return history ? list("indicatorId", order, indicatorId)
                : list("indicatorId = ?1 and supersededAt is null", order, indicatorId);
    }

    /** The current actual with the latest period end on or before {@code asOf}. */
    Optional<IndicatorActual> latest(UUID indicatorId, LocalDate asOf) {
        return find("indicatorId = ?1 and supersededAt is null and periodEnd <= ?2", Sort.descending("periodEnd"), indicatorId, asOf)
                .firstResultOptional();
    }
}
