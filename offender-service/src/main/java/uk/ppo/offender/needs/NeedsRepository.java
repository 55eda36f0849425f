package uk.ppo.offender.needs;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class NeedsRepository implements PanacheRepositoryBase<NeedsAssessment, UUID> {

    private static final Sort OLDEST_FIRST = Sort.by("assessedOn").and("recordedAt");

    List<NeedsAssessment> ofPerson(UUID personId, NeedArea area) {
        return area == null ? list("personId", OLDEST_FIRST, personId)
                : list("personId = ?1 and area = ?2", OLDEST_FIRST, personId, area);
    }

    List<NeedsAssessment> ofPeopleOnOrBefore(Collection<UUID> personIds, LocalDate on) {
        return personIds.isEmpty() ? List.of()
                : list("personId in ?1 and assessedOn <= ?2", OLDEST_FIRST, personIds, on);
    }

    List<NeedsAssessment> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
