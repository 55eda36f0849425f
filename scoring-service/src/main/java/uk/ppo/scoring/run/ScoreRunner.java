package uk.ppo.scoring.run;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.jobs.Lease;
import uk.ppo.common.jobs.LeaseLost;
import uk.ppo.scoring.engine.ScoringEngine;
import uk.ppo.scoring.matrix.MatrixService;
import uk.ppo.scoring.offender.OffenderFailure;
import uk.ppo.scoring.offender.OffenderInputs;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Runs one claimed score run, given its lease, on the calling thread: pulls the scheme's members and nominees from
 * offender-service page by page ({@link FeedReader}, a page ahead), scores ({@link PageScorer}) and stages each page,
 * then completes the run (scores visible, proposal, audit) in one transaction. A run that cannot finish is FAILED with
 * the reason and stores nothing. Between pages, and in every write, it checks that it still holds the run: once the
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

    ScoreRunner(RunStore store, MatrixService matrices, FeedReader feed, PageScorer scorer) {
        this.store = store;
        this.matrices = matrices;
        this.feed = feed;
        this.scorer = scorer;
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
            long total = -1;
            try (FeedReader.Pages pages = feed.open(run.schemeId(), asOf, from, FEED)) {
                while (total < 0 || tally.scored() < total) {
                    lease.check();
                    OffenderInputs.Page p = feed.next(pages);
                    if (total < 0) {
                        total = p.total();
                        store.running(lease, total, p.schemeCode());
                    }
                    if (p.people() == null || p.people().isEmpty()) {
                        break;
                    }
                    store.stage(lease, scorer.score(p.people(), engine, asOf, tally));
                    store.progress(lease, tally.scored());
                }
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

    private void fail(Lease lease, String reason) {
        try {
            store.failed(lease, reason);
            LOG.warnf("score run %s FAILED: %s", lease.jobId(), reason);
        } catch (LeaseLost e) {
            LOG.infof("score run %s: no longer held by this replica; not marked failed here", lease.jobId());
        }
    }
}
