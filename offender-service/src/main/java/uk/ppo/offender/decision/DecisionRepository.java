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

    /** Months of the person's latest custodial sentence (by date of sentence), if any is recorded. */
    Optional<Integer> latestCustodyMonths(UUID personId) {
        List<?> months = getEntityManager().createNativeQuery("""
                SELECT custody_months FROM partner_event
                 WHERE person_id = :person AND type = 'CUSTODY_SENTENCE' AND custody_months IS NOT NULL
                 ORDER BY occurred_at DESC LIMIT 1""")
                .setParameter("person", personId)
                .getResultList();
        return months.stream().findFirst().map(m -> ((Number) m).intValue());
    }

    Optional<PanelDecision> latest(UUID personId) {
        return find("personId", Sort.by("decidedOn").descending().and("recordedAt").descending(), personId)
                .firstResultOptional();
    }
}
