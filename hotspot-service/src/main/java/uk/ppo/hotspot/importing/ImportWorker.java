package uk.ppo.hotspot.importing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import uk.ppo.common.jobs.JobPoller;
import uk.ppo.common.jobs.Lease;
import uk.ppo.common.jobs.LeaseLost;
import uk.ppo.common.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * This replica's import worker: common's {@link JobPoller} claims queued jobs, or running ones whose lease expired,
 * one at a time (every {@code poll}, and at once when this replica queued one) and renews the lease; this runs each
 * claimed import, writing its progress every {@code progress-every}, and ends it. A replica that starts only takes
 * over leases that expired, and one that stops hands its job over: it never fails another replica's work.
 * Metrics kind {@code incident-import}.
 */
@ApplicationScoped
class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final IncidentImporter importer;
    private final ImportJobRepository jobs;
    private final AgroalDataSource dataSource;
    private final ImportConfig config;
    private JobPoller poller;
    private ScheduledExecutorService progress;

    ImportWorker(IncidentImporter importer, ImportJobRepository jobs, AgroalDataSource dataSource, ImportConfig config) {
        this.importer = importer;
        this.jobs = jobs;
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        progress = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "incident-import-progress");
            thread.setDaemon(true);
            return thread;
        });
        poller = new JobPoller(jobs.leases(), this::work, jobs.metrics(), config.poll(), 1);
        poller.start();
    }

    void stop(@Observes ShutdownEvent event) {
        poller.close();
        progress.shutdownNow();
    }

    /** A job was queued here: claim now rather than at the next poll. */
    void wake() {
        poller.nudge();
    }

    private void work(Lease lease) {
        UUID id = lease.jobId();
        try {
            if (lease.attempt() > config.maxAttempts()) {
                end(lease, new ImportFailure(500, "Internal error", "The import was stopped " + config.maxAttempts()
                        + " times by its replica stopping; nothing was stored. Submit it again", List.of()));
                return;
            }
            ImportJobRepository.Settings settings = jobs.settings(id);
            ImportRun run = new ImportRun(lease, jobs);
            writeProgress(run);
            long every = config.progressEvery().toMillis();
            ScheduledFuture<?> writing = progress.scheduleWithFixedDelay(() -> writeProgress(run), every, every, TimeUnit.MILLISECONDS);
            try (InputStream upload = UploadParts.open(dataSource, id, run.bytesRead)) {
                importer.importCsv(upload, settings.gzip(), settings.skipInvalid(), run);
                LOG.infof("Incident import %s completed (claim %d)", id, lease.attempt());
            } catch (LeaseLost e) {
                throw e; // cancelled, or taken over by another replica: nothing of this claim's is stored
            } catch (ProblemException e) {
                end(lease, ImportFailure.of(e));
            } catch (IOException | RuntimeException e) {
                LOG.errorf(e, "Incident import %s failed", id);
                end(lease, ImportFailure.unexpected());
            } finally {
                writing.cancel(false);
            }
        } catch (SQLException e) {
            LOG.errorf(e, "Incident import %s: the job table could not be read; another replica takes it when the lease expires", id);
        }
    }

    private void end(Lease lease, ImportFailure failure) throws SQLException {
        jobs.fail(lease, failure);
    }

    private void writeProgress(ImportRun run) {
        try {
            if (!jobs.progress(run.lease, run.bytesRead.get(), run.rowsRead())) {
                run.stop();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Writing the progress of incident import %s failed: %s", run.lease.jobId(), e.getMessage());
        }
    }
}
