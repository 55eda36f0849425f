package uk.ppo.common.jobs;

import java.util.UUID;

/**
 * The job is no longer this worker's: its lease expired and another replica claimed it, or the job was cancelled
 * or finished meanwhile. The worker stops without writing anything more.
 */
public class LeaseLost extends RuntimeException {

    public LeaseLost(UUID jobId) {
        super("the lease on job " + jobId + " is no longer held", null, false, false);
    }
}
