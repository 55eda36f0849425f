package uk.ppo.scoring.asset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AssetRepository implements PanacheRepositoryBase<AssetAssessment, UUID> {

    List<AssetAssessment> ofPerson(UUID personId) {
        return list("personId = ?1 order by assessedOn desc, recordedAt desc", personId);
    }

    /** The newest assessment on or before {@code asOf} of each of these people (absent: never assessed). */
    @jakarta.transaction.Transactional
    public Map<UUID, AssetAssessment> latestOf(Collection<UUID> personIds, LocalDate asOf) {
        Map<UUID, AssetAssessment> latest = new HashMap<>();
        if (personIds.isEmpty()) {
            return latest;
        }
        List<UUID> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 10_000) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 10_000));
            for (AssetAssessment a : list("personId in ?1 and assessedOn <= ?2 order by assessedOn, recordedAt", chunk, asOf)) {
                latest.put(a.personId(), a);
            }
        }
        return latest;
    }
}
