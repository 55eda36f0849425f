package uk.ppo.hotspot.importing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import uk.ppo.common.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * This replica's import worker: every {@code poll} (and at once when this replica queued a job) it ends the jobs
 * whose replica stopped for good, then claims queued jobs, or running ones whose lease expired, one at a time, and
 * runs each under a lease renewed every {@code lease-renewal} with its progress. A replica that starts only takes
 * over leases that expired: it never fails another replica's work.
 */
@ApplicationScoped
class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final IncidentImporter importer;
    private final ImportJobRepository jobs;
    private final AgroalDataSource dataSource;
    private final ImportConfig config;
    private final String replica = UUID.randomUUID().toString();
    private ScheduledExecutorService worker;
    private ScheduledExecutorService leases;

    ImportWorker(IncidentImporter importer, ImportJobRepository jobs, AgroalDataSource dataSource, ImportConfig config) {
        this.importer = importer;
        this.jobs = jobs;
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        worker = Executors.newSingleThreadScheduledExecutor(daemon("incident-import-worker"));
        leases = Executors.newSingleThreadScheduledExecutor(daemon("incident-import-lease"));
        long poll = config.poll().toMillis();
        worker.scheduleWithFixedDelay(this::work, poll, poll, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
        leases.shutdownNow();
    }

    /** A job was queued here: look now rather than at the next poll. */
    void wake() {
        worker.execute(this::work);
    }

    private void work() {
        try {
            jobs.endAbandoned(config.maxAttempts());
            for (Optional<ImportJobRepository.Claimed> job = claim(); job.isPresent(); job = claim()) {
                run(new ImportRun(job.get(), jobs));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Looking for incident import jobs failed; trying again at the next poll", e);
        }
    }

    private Optional<ImportJobRepository.Claimed> claim() throws SQLException {
        return jobs.claim(replica + "/" + UUID.randomUUID(), config.lease(), config.maxAttempts());
    }

    private void run(ImportRun run) throws SQLException {
        UUID id = run.job.id();
        long renewal = config.leaseRenewal().toMillis();
        ScheduledFuture<?> renewing = leases.scheduleWithFixedDelay(() -> renew(run), renewal, renewal, TimeUnit.MILLISECONDS);
        try (InputStream upload = UploadParts.open(dataSource, id, run.bytesRead)) {
            importer.importCsv(upload, run.job.gzip(), run.job.skipInvalid(), run);
            LOG.infof("Incident import %s completed", id);
        } catch (ImportRun.Stopped e) {
            LOG.infof("Incident import %s stopped: cancelled, or its lease went to another replica; nothing stored", id);
            jobs.end(run.job, ImportStatus.CANCELLED, null);
        } catch (ProblemException e) {
            jobs.end(run.job, ImportStatus.FAILED, ImportFailure.of(e));
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Incident import %s failed", id);
            jobs.end(run.job, ImportStatus.FAILED, ImportFailure.unexpected());
        } finally {
            renewing.cancel(false);
        }
    }

    private void renew(ImportRun run) {
        try {
            if (!jobs.renew(run.job, config.lease(), run.bytesRead.get(), run.rowsRead())) {
                run.stop();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Renewing the lease of incident import %s failed: %s", run.job.id(), e.getMessage());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
