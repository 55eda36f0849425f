package uk.ppo.scoring.run;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.jobs.JobPoller;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.scoring.matrix.MatrixService;
import uk.ppo.scoring.matrix.MatrixVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How score runs are scheduled: queued one per scheme at a time, as rows any replica may claim (common's
 * {@code jobs}); this replica's poller claims them on start, every {@code ppo.scoring.runs.poll} and as soon as one
 * is queued here, and runs each with {@link ScoreRunner}. A replica that starts fails nothing: it takes over only runs
 * whose lease expired (their replica stopped), and those start again from the beginning.
 */
@ApplicationScoped
class RunQueue {

    private static final Logger LOG = Logger.getLogger(RunQueue.class);
    static final String ONE_ACTIVE_PER_SCHEME = "score_run_one_active_per_scheme";

    private final RunRepository runs;
    private final RunStore store;
    private final MatrixService matrices;
    private final JobPoller poller;

    RunQueue(RunRepository runs, RunStore store, MatrixService matrices, ScoreRunner runner, RunLeases leases, RunsConfig config) {
        this.runs = runs;
        this.store = store;
        this.matrices = matrices;
        this.poller = new JobPoller(leases.leases(), runner::run, leases.metrics(), config.poll(), config.workers());
    }

    void onStart(@Observes StartupEvent event) {
        int discarded = store.discardOrphanedStaging();
        if (discarded > 0) {
            LOG.infof("%d staged scores of finished runs were deleted", discarded);
        }
        poller.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        poller.close();
    }

    /**
     * Queues a run with the matrix version active for the scheme; 409 while another run of the scheme is unfinished.
     * The database holds that rule ({@value #ONE_ACTIVE_PER_SCHEME}): of two starts at once, on any replicas, the
     * second's insert waits for the first and is refused.
     */
    @Transactional
    ScoreRun queue(UUID schemeId, String schemeCode, LocalDate asOf, int ccSize, Actor by) {
        if (runs.busy(schemeId)) {
            throw busy();
        }
        MatrixVersion version = matrices.activeFor(schemeId);
        ScoreRun run = new ScoreRun(schemeId, schemeCode, asOf, version.id(), version.versionNumber(), ccSize, by, Instant.now());
        try {
            runs.persistAndFlush(run);
        } catch (ConstraintViolationException e) {
            if (String.valueOf(e.getConstraintName()).contains(ONE_ACTIVE_PER_SCHEME)) {
                throw busy();
            }
            throw e;
        }
        return run;
    }

    private static ProblemException busy() {
        return ProblemException.conflict("A score run for this scheme is already queued or running");
    }

    /** Looks for work at once (call after the queuing transaction committed): the run starts here unless another replica is quicker. */
    void launch() {
        poller.nudge();
    }

    /** Runs this replica is working now. */
    int working() {
        return poller.working();
    }

    /** Cancels a queued or running run (409 once finished); whichever replica works it stops at its next page or heartbeat. */
    ScoreRun cancel(UUID runId, String by) {
        return store.cancel(runId, by);
    }
}
