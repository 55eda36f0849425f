package uk.ppo.scoring.run;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
class RunRepository implements PanacheRepositoryBase<ScoreRun, UUID> {

    boolean busy(UUID schemeId) {
        return count("schemeId = ?1 and status in ?2", schemeId, List.of(RunStatus.QUEUED, RunStatus.RUNNING)) > 0;
    }

    List<ScoreRun> ofScheme(UUID schemeId) {
        return list("schemeId = ?1 order by startedAt desc", schemeId);
    }

    List<ScoreRun> completedOfScheme(UUID schemeId) {
        return list("schemeId = ?1 and status = ?2 order by asOf, startedAt", schemeId, RunStatus.COMPLETED);
    }

    List<ProposalEntry> proposal(UUID runId) {
        return getEntityManager().createQuery("from ProposalEntry e where e.runId = ?1 order by e.strand, e.rank", ProposalEntry.class)
                .setParameter(1, runId).getResultList();
    }
}
