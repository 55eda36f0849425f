package uk.ppo.actionplan.conference;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class ConferenceRepository implements PanacheRepositoryBase<CaseConference, UUID> {

    boolean exists(String schemeCode, LocalDate heldOn) {
        return count("schemeCode = ?1 and heldOn = ?2", schemeCode, heldOn) > 0;
    }

    Optional<CaseConference> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The ids of the conferences with an item about the PPO. */
    List<UUID> naming(UUID offenderId) {
        return getEntityManager().createQuery(
                "select distinct c.id from CaseConference c join c.items i where i.offenderId = ?1", UUID.class)
                .setParameter(1, offenderId).getResultList();
    }

    /** The scheme's conferences held before the day, latest first. */
    List<CaseConference> before(String schemeCode, LocalDate day) {
        return find("schemeCode = ?1 and heldOn < ?2", Sort.by("heldOn", Sort.Direction.Descending), schemeCode, day).list();
    }

    /** Per person, the latest of the scheme's conferences held before the day that has an item about them. */
    java.util.Map<UUID, LocalDate> lastDiscussed(String schemeCode, LocalDate day) {
        java.util.Map<UUID, LocalDate> last = new java.util.HashMap<>();
        getEntityManager().createQuery("select i.offenderId, max(c.heldOn) from CaseConference c join c.items i"
                        + " where c.schemeCode = ?1 and c.heldOn < ?2 group by i.offenderId", Object[].class)
                .setParameter(1, schemeCode).setParameter(2, day).getResultList()
                .forEach(r -> last.put((UUID) r[0], (LocalDate) r[1]));
        return last;
    }

    PanacheQuery<CaseConference> search(String schemeCode, Set<String> scope) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (schemeCode != null) {
            query.append(" and schemeCode = :scheme");
            params.and("scheme", schemeCode);
        }
        if (scope != null) {
            query.append(" and schemeCode in :scope");
            params.and("scope", scope);
        }
        return find(query.toString(), Sort.by("heldOn", Sort.Direction.Descending).and("schemeCode"), params);
    }
}
