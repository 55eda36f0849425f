package uk.ppo.hotspot.importing;

import uk.ppo.common.jobs.Lease;
import uk.ppo.common.jobs.LeaseLost;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One claim of an import job, as the importer sees it: where it reports rows read, whether it is still wanted (the
 * lease held: not cancelled, not taken over), and what it does last in the import's transaction (completing the job
 * row while holding the lease: the import commits once, whichever replica ran it).
 */
final class ImportRun {

    final Lease lease;
    final AtomicLong bytesRead = new AtomicLong();
    private final ImportJobRepository jobs;
    private volatile long rowsRead;
    private volatile boolean stopped;

    ImportRun(Lease lease, ImportJobRepository jobs) {
        this.lease = lease;
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

    /** The job is no longer this claim's (its progress could not be written): stop at the next chunk. */
    void stop() {
        stopped = true;
    }

    /** Throws {@link LeaseLost} once the job is no longer this claim's: the import stops and stores nothing. */
    void checkStillWanted() {
        if (lease != null) {
            lease.check();
            if (stopped) {
                throw new LeaseLost(lease.jobId());
            }
        }
    }

    /** In the import's transaction, on its connection, just before it commits. */
    void completing(Connection connection, ImportReport report) throws SQLException {
        if (lease != null) {
            jobs.complete(connection, lease, report, rowsRead);
        }
    }
}
