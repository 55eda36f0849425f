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

    /** Runs left QUEUED or RUNNING by a stopped instance: they stored nothing and will not finish. */
    int failInterrupted(java.time.Instant at) {
        return update("status = ?1, failure = ?2, finishedAt = ?3, scored = 0 where status in ?4", RunStatus.FAILED,
                "Interrupted: scoring-service restarted before the run finished; nothing was stored", at,
                List.of(RunStatus.QUEUED, RunStatus.RUNNING));
    }
}
