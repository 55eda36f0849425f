package uk.ppo.scoring.run;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.jobs.Lease;
import uk.ppo.common.jobs.LeaseLost;
import uk.ppo.scoring.engine.ScoringEngine;
import uk.ppo.scoring.matrix.MatrixService;
import uk.ppo.scoring.offender.OffenderFailure;
import uk.ppo.scoring.offender.OffenderInputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one claimed score run, given its lease: pulls the scheme's members and nominees from offender-service page by
 * page ({@link FeedReader}, a page ahead), scores ({@link PageScorer}) and stages each page, then completes the run
 * (scores visible, proposal, audit) in one transaction on the calling thread. The scheme is read in id ranges
 * ({@link FeedRange}, {@code ppo.scoring.runs.feed-ranges}), one reader each, all at once, so offender-service,
 * PostgreSQL and this service work side by side; the first range's first page, which counts the scheme, starts the
 * run. A run that cannot finish is FAILED with the reason and stores nothing. Between pages, and in every write, it checks that it still holds the run: once the
 * lease is lost (cancelled, or taken over by another replica) it stops and writes nothing more. How runs are scheduled
 * is {@link RunQueue}'s business.
 */
@ApplicationScoped
class ScoreRunner {

    private static final Logger LOG = Logger.getLogger(ScoreRunner.class);

    /** Why a run failed when offender-service's scoring feed failed it (the run adds that nothing was stored). */
    static final OffenderFailure.Wording FEED = new OffenderFailure.Wording(
            status -> status == 404 ? "offender-service does not know this scheme."
                    : "offender-service refused the scoring feed (" + status + ").",
            (outage, cause) -> switch (outage) {
                case CIRCUIT_OPEN -> "offender-service has been failing: its circuit breaker is open, so the run stopped without"
                        + " retrying; try again shortly.";
                case NO_TOKEN -> "scoring-service could not get its access token from Keycloak to read offender-service.";
                case UNREACHABLE -> "offender-service was unavailable after retries (" + cause + ").";
            });

    private final RunStore store;
    private final MatrixService matrices;
    private final FeedReader feed;
    private final PageScorer scorer;
    private final int ranges;
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "score-run-range");
        t.setDaemon(true);
        return t;
    });

    ScoreRunner(RunStore store, MatrixService matrices, FeedReader feed, PageScorer scorer, RunsConfig config) {
        this.store = store;
        this.matrices = matrices;
        this.feed = feed;
        this.scorer = scorer;
        this.ranges = config.feedRanges();
    }

    void onStop(@Observes ShutdownEvent event) {
        readers.shutdownNow();
    }

    /** Runs the run to COMPLETED or FAILED, unless it loses the lease; the coordinator who started it is named in the audit records. */
    void run(Lease lease) {
        UUID runId = lease.jobId();
        try {
            long started = System.nanoTime();
            ScoreRun run = store.get(runId);
            Actor actor = run.startedByActor();
            ScoringEngine engine = new ScoringEngine(matrices.version(run.matrixId()).rules());
            LocalDate asOf = run.asOf();
            LocalDate from = engine.windowStart(asOf).minusMonths(12);
            RunTally tally = new RunTally(asOf);
            List<FeedReader.Pages> pages = new ArrayList<>();
            try {
                for (FeedRange range : FeedRange.split(ranges)) {
                    pages.add(feed.open(run.schemeId(), asOf, from, range, FEED));
                }
                lease.check();
                OffenderInputs.Page first = feed.next(pages.get(0));
                store.running(lease, first.total(), first.schemeCode());
                List<Future<?>> readings = new ArrayList<>();
                AtomicBoolean stop = new AtomicBoolean();
                for (int i = 0; i < pages.size(); i++) {
                    FeedReader.Pages range = pages.get(i);
                    OffenderInputs.Page already = i == 0 ? first : null;
                    readings.add(readers.submit(() -> {
                        try {
                            readRange(lease, range, already, engine, asOf, tally, stop);
                        } catch (RuntimeException e) {
                            stop.set(true);
                            throw e;
                        }
                    }));
                }
                awaitAll(readings, stop);
            } finally {
                pages.forEach(FeedReader.Pages::close);
            }
            LOG.infof("score run %s: %d people read from offender-service, scored and staged in %.1f s", runId, tally.scored(),
                    (System.nanoTime() - started) / 1e9);
            long storing = System.nanoTime();
            ProposalRules.Proposal proposal = ProposalRules.propose(tally.candidates(), run.ccSize());
            store.complete(lease, tally.scored(), proposal, tally.cohortTotal(), tally.pndAssetTotal(), actor);
            LOG.infof("score run %s COMPLETED: %d people, cohort total %d; scores made visible, proposal and audit stored in %.1f s",
                    runId, tally.scored(), tally.cohortTotal(), (System.nanoTime() - storing) / 1e9);
        } catch (LeaseLost e) {
            LOG.infof("score run %s: no longer held by this replica (cancelled or taken over); stopped", runId);
        } catch (OffenderFailure e) {
            fail(lease, e.getMessage() + " Nothing was stored.");
        } catch (RuntimeException e) {
            LOG.errorf(e, "score run %s failed", runId);
            fail(lease, "The run failed unexpectedly (see the service log, run " + runId + "). Nothing was stored.");
        }
    }

    /** Scores and stages one range's pages, starting with {@code already} if it was read; stops early once {@code stop} is set. */
    private void readRange(Lease lease, FeedReader.Pages pages, OffenderInputs.Page already, ScoringEngine engine, LocalDate asOf,
                           RunTally tally, AtomicBoolean stop) {
        OffenderInputs.Page p = already;
        while (!stop.get()) {
            lease.check();
            if (p == null) {
                if (!pages.more()) {
                    return;
                }
                p = feed.next(pages);
            }
            if (p.people() == null || p.people().isEmpty()) {
                return;
            }
            store.stage(lease, scorer.score(p.people(), engine, asOf, tally));
            store.progress(lease, tally.scored());
            p = null;
        }
    }

    /**
     * Waits for every range. A range that fails stops the others (each after the page in hand); once all have ended,
     * the failure met first here is the run's.
     */
    private static void awaitAll(List<Future<?>> readings, AtomicBoolean stop) {
        RuntimeException failure = null;
        for (Future<?> reading : readings) {
            try {
                reading.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
                throw new IllegalStateException("interrupted while reading the scoring feed", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void fail(Lease lease, String reason) {
        try {
            store.failed(lease, reason);
            LOG.warnf("score run %s FAILED: %s", lease.jobId(), reason);
        } catch (LeaseLost e) {
            LOG.infof("score run %s: no longer held by this replica; not marked failed here", lease.jobId());
        }
    }
}
