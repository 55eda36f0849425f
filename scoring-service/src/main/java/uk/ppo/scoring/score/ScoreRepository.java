package uk.ppo.scoring.score;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ScoreRepository implements PanacheRepositoryBase<Score, UUID> {

    /** Each person's newest score (by scoring date, then time), for the people given. */
    public Map<UUID, Score> latest(Collection<UUID> personIds) {
        Map<UUID, Score> latest = new HashMap<>();
        List<UUID> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 5_000) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 5_000));
            @SuppressWarnings("unchecked")
            List<Score> found = getEntityManager().createNativeQuery("""
                    select distinct on (person_id) * from score where person_id in (:ids)
                    order by person_id, as_of desc, scored_at desc""", Score.class).setParameter("ids", chunk).getResultList();
            found.forEach(s -> latest.put(s.personId(), s));
        }
        return latest;
    }

    List<Score> history(UUID personId) {
        return list("personId = ?1 order by asOf desc, scoredAt desc", personId);
    }

    List<Score> ofRun(UUID runId) {
        return list("runId = ?1 order by total desc, personId", runId);
    }
}
