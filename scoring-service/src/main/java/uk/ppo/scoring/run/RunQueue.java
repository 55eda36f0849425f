package uk.ppo.scoring.run;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.scoring.matrix.MatrixService;
import uk.ppo.scoring.matrix.MatrixVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How score runs are scheduled: queued one per scheme at a time, run one at a time on a background thread by
 * {@link ScoreRunner}; runs a restart interrupted are FAILED at start-up and their staged scores deleted.
 */
@ApplicationScoped
class RunQueue {

    private static final Logger LOG = Logger.getLogger(RunQueue.class);

    private final RunRepository runs;
    private final RunStore store;
    private final MatrixService matrices;
    private final ScoreRunner runner;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "score-run");
        t.setDaemon(true);
        return t;
    });

    RunQueue(RunRepository runs, RunStore store, MatrixService matrices, ScoreRunner runner) {
        this.runs = runs;
        this.store = store;
        this.matrices = matrices;
        this.runner = runner;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        int interrupted = runs.failInterrupted(Instant.now());
        if (interrupted > 0) {
            LOG.warnf("%d score runs were interrupted by a restart and marked FAILED", interrupted);
        }
        int discarded = store.discardOrphanedStaging();
        if (discarded > 0) {
            LOG.warnf("%d staged scores of interrupted runs were deleted", discarded);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** Queues a run with the matrix version active for the scheme; 409 while another run of the scheme is unfinished. */
    @Transactional
    ScoreRun queue(UUID schemeId, String schemeCode, LocalDate asOf, int ccSize, String by) {
        if (runs.busy(schemeId)) {
            throw ProblemException.conflict("A score run for this scheme is already queued or running");
        }
        MatrixVersion version = matrices.activeFor(schemeId);
        ScoreRun run = new ScoreRun(schemeId, schemeCode, asOf, version.id(), version.versionNumber(), ccSize, by, Instant.now());
        runs.persist(run);
        return run;
    }

    /** Starts a queued run in the background (call after the queuing transaction committed). */
    void launch(UUID runId, Actor actor) {
        worker.submit(() -> runner.run(runId, actor));
    }
}
