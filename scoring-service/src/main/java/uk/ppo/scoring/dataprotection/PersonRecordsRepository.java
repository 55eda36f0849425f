package uk.ppo.scoring.dataprotection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.ppo.common.dataprotection.HeldRows;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every table's rows about one person, read whole and deleted, for subject access and disposal. */
@ApplicationScoped
class PersonRecordsRepository {

    private final EntityManager em;

    PersonRecordsRepository(EntityManager em) {
        this.em = em;
    }

    List<Map<String, Object>> rows(ScoringKind kind, UUID personId) {
        return em.unwrap(Session.class).doReturningWork(c -> HeldRows.read(c, kind.select(), kind.jsonText(), personId));
    }

    /**
     * Marks the person disposed of, first, so a score run completing at the same time is ordered with this
     * disposal (see {@code RunStore.complete}) and leaves them out.
     */
    void markDisposed(UUID personId) {
        em.createNativeQuery("INSERT INTO disposed_person (person_id, disposed_at) VALUES (:person, now()) ON CONFLICT DO NOTHING")
                .setParameter("person", personId).executeUpdate();
    }

    int delete(ScoringKind kind, UUID personId) {
        return em.createNativeQuery(kind.delete()).setParameter("person", personId).executeUpdate();
    }
}
