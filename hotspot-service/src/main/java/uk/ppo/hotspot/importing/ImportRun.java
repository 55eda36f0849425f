package uk.ppo.hotspot.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One attempt at an import job, as the importer sees it: where it reports rows read, whether it is still wanted
 * (not cancelled, lease still held), and what it does last in the import's transaction (completing the job row,
 * only while the lease is held: the import commits once, whichever replica ran it).
 */
final class ImportRun {

    final ImportJobRepository.Claimed job;
    final AtomicLong bytesRead = new AtomicLong();
    private final ImportJobRepository jobs;
    private volatile long rowsRead;
    private volatile boolean stopped;

    ImportRun(ImportJobRepository.Claimed job, ImportJobRepository jobs) {
        this.job = job;
        this.jobs = jobs;
    }

    /** An import that is no job (the sample data, imported at start): never stopped, no row to complete. */
    static ImportRun unqueued() {
        return new ImportRun(null, null);
    }

    void rowsRead(long rows) {
        rowsRead = rows;
    }

    long rowsRead() {
        return rowsRead;
    }

    /** Cancelled, or the lease went to another replica: the import stops at its next chunk and stores nothing. */
    void stop() {
        stopped = true;
    }

    void checkStillWanted() {
        if (stopped) {
            throw new Stopped();
        }
    }

    /** In the import's transaction, on its connection, just before it commits. */
    void completing(Connection connection, ImportReport report) throws SQLException {
        if (job != null && !jobs.complete(connection, job, report, rowsRead)) {
            throw new Stopped();
        }
    }

    /** The import stopped without storing anything, because the job is no longer this attempt's to finish. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("The import job was cancelled or its lease was lost", null, false, false);
        }
    }
}
