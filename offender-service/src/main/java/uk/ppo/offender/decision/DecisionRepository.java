package uk.ppo.offender.decision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class DecisionRepository implements PanacheRepositoryBase<PanelDecision, UUID> {

    List<PanelDecision> ofPerson(UUID personId) {
        return list("personId", Sort.by("decidedOn").and("recordedAt"), personId);
    }

    Optional<PanelDecision> latest(UUID personId) {
        return find("personId", Sort.by("decidedOn").descending().and("recordedAt").descending(), personId)
                .firstResultOptional();
    }
}
