package uk.ppo.hotspot.importing;

import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.common.security.Roles;

import java.io.InputStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * Import jobs as callers see them: queue one with its upload, read it, list them, cancel one, or wait for one to end.
 * Admins see every job; a partner system only the jobs it submitted (another's is 404, as an unknown one).
 */
@ApplicationScoped
class ImportJobs {

    private static final Duration FIRST_POLL = Duration.ofMillis(20);
    private static final Duration LONGEST_POLL = Duration.ofMillis(250);

    private final UploadIntake intake;
    private final ImportJobRepository jobs;
    private final ImportWorker worker;
    private final Caller caller;

    ImportJobs(UploadIntake intake, ImportJobRepository jobs, ImportWorker worker, Caller caller) {
        this.intake = intake;
        this.jobs = jobs;
        this.worker = worker;
        this.caller = caller;
    }

    ImportJob submit(InputStream body, boolean gzip, boolean skipInvalid) {
        UUID id = intake.store(body, gzip, skipInvalid, caller.username());
        worker.wake();
        return job(id);
    }

    ImportJob job(UUID id) {
        try {
            return jobs.find(id, visibleSubmitter())
                    .orElseThrow(() -> ProblemException.notFound("No import job " + id));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Page<ImportJob> recent(PageRequest request) {
        try {
            String submitter = visibleSubmitter();
            return new Page<>(jobs.recent(submitter, request.page() * request.size(), request.size()), request.page(), request.size(),
                    jobs.count(submitter));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A queued or running job is cancelled at once (a running import stops at its next chunk, storing nothing); a finished one is 409. */
    ImportJob cancel(UUID id) {
        job(id);
        ImportStatus status;
        try {
            status = jobs.cancel(id).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (status == ImportStatus.COMPLETED || status == ImportStatus.FAILED) {
            throw ProblemException.conflict("Import job " + id + " has already " + status.name().toLowerCase());
        }
        return job(id);
    }

    /** Polls the job's row until it ends, whichever replica runs it: its report, or its failure thrown as the problem it was. */
    ImportReport await(UUID id) {
        Duration pause = FIRST_POLL;
        while (true) {
            ImportJob job = job(id);
            switch (job.status()) {
                case COMPLETED -> {
                    return job.report();
                }
                case FAILED -> throw job.failure().asProblem();
                case CANCELLED -> throw ProblemException.conflict("Import job " + id + " was cancelled; nothing was stored");
                default -> sleep(pause);
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : pause.multipliedBy(2);
        }
    }

    /** Null (every job) for admins, else the caller's own. */
    private String visibleSubmitter() {
        return caller.hasRole(Roles.ADMIN) ? null : caller.username();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an import job", e);
        }
    }
}
