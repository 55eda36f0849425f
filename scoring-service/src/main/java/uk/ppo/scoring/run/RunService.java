package uk.ppo.scoring.run;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.rules.YouthAge;
import uk.ppo.common.security.Entitlements;
import uk.ppo.scoring.asset.AssetAssessment;
import uk.ppo.scoring.asset.AssetRepository;
import uk.ppo.scoring.audit.AuditAction;
import uk.ppo.scoring.engine.ScoreInput;
import uk.ppo.scoring.engine.ScoreResult;
import uk.ppo.scoring.engine.ScoringEngine;
import uk.ppo.scoring.matrix.MatrixService;
import uk.ppo.scoring.matrix.MatrixVersion;
import uk.ppo.scoring.offender.OffenderClient;
import uk.ppo.scoring.offender.OffenderErrors;
import uk.ppo.scoring.offender.OffenderInputs;
import uk.ppo.scoring.score.ScoreJson;
import uk.ppo.scoring.score.ScoringInputs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Score runs: pull a scheme's members and nominees from offender-service page by page, score each,
 * then store every score and the proposal in one transaction. Runs execute one at a time in the
 * background; a run that cannot finish is FAILED with the reason and stores nothing.
 */
@ApplicationScoped
public class RunService {

    private static final Logger LOG = Logger.getLogger(RunService.class);

    private final RunRepository runs;
    private final RunStore store;
    private final MatrixService matrices;
    private final AssetRepository assets;
    private final OffenderClient offender;
    private final AuditTrail audit;
    private final Entitlements entitlements;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "score-run");
        t.setDaemon(true);
        return t;
    });

    RunService(RunRepository runs, RunStore store, MatrixService matrices, AssetRepository assets, OffenderClient offender,
               AuditTrail audit, Entitlements entitlements) {
        this.runs = runs;
        this.store = store;
        this.matrices = matrices;
        this.assets = assets;
        this.offender = offender;
        this.audit = audit;
        this.entitlements = entitlements;
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
        worker.submit(() -> execute(runId, actor));
    }

    void execute(UUID runId, Actor actor) {
        try {
            long started = System.nanoTime();
            ScoreRun run = store.get(runId);
            ScoringEngine engine = new ScoringEngine(matrices.version(run.matrixId()).rules());
            LocalDate asOf = run.asOf();
            LocalDate from = engine.windowStart(asOf).minusMonths(12);
            Tally tally = new Tally();
            int page = 0;
            long total = -1;
            while (total < 0 || tally.scored < total) {
                OffenderInputs.Page p = offender.page(run.schemeId(), asOf, from, page++);
                if (total < 0) {
                    total = p.total();
                    store.running(runId, total, p.schemeCode());
                }
                if (p.people() == null || p.people().isEmpty()) {
                    break;
                }
                // one page at a time: scored, staged (invisible until the run completes), then let go
                Map<UUID, AssetAssessment> asset = assets.latestOf(p.people().stream().map(OffenderInputs.Person::personId).toList(), asOf);
                List<RunStore.Scored> scored = new ArrayList<>(p.people().size());
                for (OffenderInputs.Person person : p.people()) {
                    scored.add(tally.add(person, engine.score(input(person, asOf)), asset.get(person.personId()), asOf));
                }
                store.stage(runId, scored);
                store.progress(runId, tally.scored);
            }
            LOG.infof("score run %s: %d people read from offender-service, scored and staged in %.1f s", runId, tally.scored,
                    (System.nanoTime() - started) / 1e9);
            long storing = System.nanoTime();
            ProposalRules.Proposal proposal = ProposalRules.propose(tally.candidates, run.ccSize());
            store.complete(runId, tally.scored, proposal, tally.cohortTotal, tally.pndAssetTotal, actor);
            LOG.infof("score run %s COMPLETED: %d people, cohort total %d; scores made visible, proposal and audit stored in %.1f s",
                    runId, tally.scored, tally.cohortTotal, (System.nanoTime() - storing) / 1e9);
        } catch (CircuitBreakerOpenException e) {
            fail(runId, "offender-service has been failing: its circuit breaker is open, so the run stopped without retrying; try again shortly. Nothing was stored.");
        } catch (OffenderErrors.Unavailable | ProcessingException | TimeoutException e) {
            fail(runId, "offender-service was unavailable after retries (" + e.getMessage() + "). Nothing was stored.");
        } catch (OffenderErrors.Rejected e) {
            fail(runId, e.status() == 404 ? "offender-service does not know this scheme. Nothing was stored."
                    : "offender-service refused the scoring feed (" + e.status() + "). Nothing was stored.");
        } catch (io.quarkus.oidc.client.OidcClientException e) {
            fail(runId, "scoring-service could not get its access token from Keycloak to read offender-service. Nothing was stored.");
        } catch (RuntimeException e) {
            LOG.errorf(e, "score run %s failed", runId);
            fail(runId, "The run failed unexpectedly (see the service log, run " + runId + "). Nothing was stored.");
        }
    }

    private void fail(UUID runId, String reason) {
        LOG.warnf("score run %s FAILED: %s", runId, reason);
        store.failed(runId, reason);
    }

    static ScoreInput input(OffenderInputs.Person p, LocalDate asOf) {
        List<ScoreInput.Offence> offences = new ArrayList<>(p.offences() == null ? 0 : p.offences().size());
        if (p.offences() != null) {
            for (OffenderInputs.Offence o : p.offences()) {
                offences.add(new ScoreInput.Offence(o.category(), o.status(), o.offenceDate(),
                        o.victimTypes() == null ? List.of() : o.victimTypes()));
            }
        }
        return new ScoreInput(asOf, offences, p.intelligenceDates() == null ? List.of() : p.intelligenceDates(),
                p.oasysHigh(), null, p.pncMarker());
    }

    /** What a run keeps of everyone scored until it completes: a small candidate each for the proposal, and the totals. */
    private static final class Tally {
        final List<ProposalRules.Candidate> candidates = new ArrayList<>();
        int scored;
        int cohortTotal;
        int pndAssetTotal;

        RunStore.Scored add(OffenderInputs.Person p, ScoreResult r, AssetAssessment a, LocalDate asOf) {
            scored++;
            int age = p.dateOfBirth() == null ? -1 : Period.between(p.dateOfBirth(), asOf).getYears();
            ProposalRules.Strand strand = p.currentMember() && p.strand() != null ? ProposalRules.Strand.valueOf(p.strand()) : null;
            Set<ProposalRules.Strand> pending = EnumSet.noneOf(ProposalRules.Strand.class);
            if (p.pendingStrands() != null) {
                p.pendingStrands().forEach(s -> pending.add(ProposalRules.Strand.valueOf(s)));
            }
            List<String> incomplete = new ArrayList<>();
            if (age < 0) {
                incomplete.add("NO_DATE_OF_BIRTH");
            }
            boolean youth = YouthAge.includes(age);
            if (youth && a == null) {
                incomplete.add("NO_ASSET_ASSESSMENT");
            } else if (youth && a.assessedOn().isBefore(asOf.minusMonths(6))) {
                incomplete.add("ASSET_OLDER_THAN_6_MONTHS");
            }
            boolean windowEmpty = r.lines().size() == 1 && (p.intelligenceDates() == null || p.intelligenceDates().isEmpty());
            if (!p.currentMember() && windowEmpty) {
                incomplete.add("NO_OFFENDING_RECORDED");
            }
            String provisional = String.join(",", incomplete);
            candidates.add(new ProposalRules.Candidate(p.personId(), p.pncId(), age, strand, pending, r.total(),
                    a == null ? null : a.score(), a != null && a.eligibleForPreventAndDeter(), !incomplete.isEmpty()));
            if (strand == ProposalRules.Strand.CATCH_CONVICT || strand == ProposalRules.Strand.REHABILITATE_RESETTLE) {
                cohortTotal += r.total();
            }
            if (strand == ProposalRules.Strand.PREVENT_DETER && a != null) {
                pndAssetTotal += a.score();
            }
            return new RunStore.Scored(p.personId(), r.total(), r.lines(), r.excluded(), ScoreJson.write(inputsOf(p, asOf, a)), provisional);
        }
    }

    private static ScoringInputs inputsOf(OffenderInputs.Person p, LocalDate asOf, AssetAssessment a) {
        return ScoringInputs.of(p, asOf, a == null ? null : new ScoringInputs.Asset(a.score(), a.rosh(), a.assessedOn()));
    }

    @Transactional
    ScoreRun get(UUID runId) {
        return runs.findByIdOptional(runId).orElseThrow(() -> ProblemException.notFound("No score run " + runId));
    }

    /**
     * The run, when the caller may see its scheme. A run of a scheme out of their scope answers exactly as a run
     * that does not exist ("No score run {id}"); the refusal is audited. A scheme's code never changes, so the
     * code the run was started with is the scheme's.
     */
    @Transactional
    ScoreRun visible(UUID runId) {
        ScoreRun run = get(runId);
        try {
            entitlements.requireScheme(run.schemeId(), run.schemeCode());
        } catch (ProblemException outOfScope) {
            throw ProblemException.notFound("No score run " + runId);
        }
        return run;
    }

    /** The runs of a scheme the caller may see, newest first: none for a scheme outside their scope, as for an unknown one. */
    @Transactional
    List<ScoreRun> ofScheme(UUID schemeId) {
        return runs.ofScheme(schemeId).stream().filter(r -> entitlements.maySee(r.schemeCode())).toList();
    }

    @Transactional
    List<ProposalEntry> proposal(UUID runId) {
        ScoreRun run = get(runId);
        if (run.status() != RunStatus.COMPLETED) {
            throw ProblemException.conflict("The run is " + run.status() + ": it has no proposal");
        }
        List<ProposalEntry> entries = runs.proposal(runId);
        // one record per person the proposal names, written by one statement
        audit.recordEach(AuditAction.PROPOSAL_READ, entries.stream().map(ProposalEntry::personId).distinct().toList(),
                "proposal run=" + runId + " entries=" + entries.size());
        return entries;
    }

    @Transactional
    List<ScoreRun> trend(UUID schemeId) {
        return runs.completedOfScheme(schemeId);
    }

    /** Entries whose nomination is still to be made, and the run, locked against a concurrent submit. */
    @Transactional
    SubmitPlan planSubmit(UUID runId, Set<UUID> excluded) {
        ScoreRun run = runs.findByIdOptional(runId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No score run " + runId));
        if (run.status() != RunStatus.COMPLETED) {
            throw ProblemException.conflict("The run is " + run.status() + ": only a completed run's proposal can be submitted");
        }
        if (run.proposalStatus() == ScoreRun.ProposalStatus.SUBMITTED) {
            throw ProblemException.conflict("The proposal was already submitted by " + run.submittedBy());
        }
        List<ProposalEntry> todo = runs.proposal(runId).stream()
                .filter(e -> e.action() == ProposalRules.Action.JOIN && !e.pendingNominee() && e.nominationId() == null)
                .filter(e -> !excluded.contains(e.personId()))
                .toList();
        return new SubmitPlan(run, todo);
    }

    record SubmitPlan(ScoreRun run, List<ProposalEntry> todo) {
    }

    @Transactional
    void recordNomination(UUID entryId, UUID nominationId) {
        ProposalEntry e = runs.getEntityManager().find(ProposalEntry.class, entryId);
        e.nominated(nominationId);
        audit.record(AuditAction.PROPOSAL_SUBMIT, e.personId(), "run=" + e.runId() + " strand=" + e.strand()
                + (nominationId == null ? " already pending" : " nomination=" + nominationId));
    }

    @Transactional
    ScoreRun markSubmitted(UUID runId, boolean complete, String by) {
        ScoreRun run = runs.findById(runId);
        run.submitted(complete, by, Instant.now());
        return run;
    }

    /** Creates the nominations of a proposal in offender-service, as the submitting coordinator. */
    SubmitResult submit(UUID runId, Set<UUID> excluded, String callerToken, String agency, String submittedBy) {
        SubmitPlan plan = planSubmit(runId, excluded);
        int nominated = 0;
        int alreadyPending = 0;
        for (ProposalEntry e : plan.todo()) {
            String reason = reason(plan.run(), e);
            try {
                OffenderInputs.Nominated n = offender.nominate(callerToken, e.personId(),
                        new OffenderInputs.Nominate(e.strand().name(), LISTED_FOR, reason, agency));
                recordNomination(e.id(), n.id());
                nominated++;
            } catch (OffenderErrors.Rejected rejected) {
                if (rejected.status() == 409) {
                    recordNomination(e.id(), null);
                    alreadyPending++;
                } else {
                    markSubmitted(runId, false, submittedBy);
                    throw new ProblemException(ProblemType.BAD_GATEWAY, "offender-service refused the nomination of person "
                            + e.personId() + " (" + rejected.status() + "); " + nominated + " nominations were made, submit again to continue");
                }
            } catch (CircuitBreakerOpenException | OffenderErrors.Unavailable | ProcessingException | TimeoutException down) {
                if (nominated + alreadyPending > 0) {
                    markSubmitted(runId, false, submittedBy);
                }
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "offender-service is unavailable; "
                        + nominated + " nominations were made before it failed, submit again to continue");
            }
        }
        ScoreRun run = markSubmitted(runId, true, submittedBy);
        return new SubmitResult(run, nominated, alreadyPending, excluded.size());
    }

    record SubmitResult(ScoreRun run, int nominated, int alreadyPending, int excluded) {
    }

    /**
     * A score run ranks people by the volume of their offending (the matrix, or the ASSET score), so its
     * nominations are PROLIFIC; a panel that lists someone for seriousness and harm says PRIORITY when it selects.
     */
    static final String LISTED_FOR = "PROLIFIC";

    private static String reason(ScoreRun run, ProposalEntry e) {
        String basis = e.strand() == ProposalRules.Strand.PREVENT_DETER ? "ASSET score " + e.rankingScore()
                : "matrix score " + e.rankingScore() + " (matrix version " + run.matrixVersionNumber() + ")";
        return "Proposed by score run " + run.id() + " as of " + run.asOf() + ": rank " + e.rank() + " for "
                + e.strand() + " on " + basis + (e.tieAtCutOff() ? "; tied at the cut-off" : "")
                + (e.provisional() ? "; provisional: data incomplete" : "");
    }
}
