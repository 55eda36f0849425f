package uk.ppo.common.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * One claim of one job: the job, the replica holding it, which claim of the job this is ({@code attempt}, 1 for
 * the first) and whether it took the job over from a replica whose lease expired. Once lost (a renewal found the
 * job gone from this claim, or a write could not hold it) it stays lost.
 */
public final class Lease {

    private final UUID jobId;
    private final String owner;
    private final int attempt;
    private final boolean reclaimed;
    private final Instant claimedAt;
    private volatile boolean lost;

    public Lease(UUID jobId, String owner, int attempt, boolean reclaimed, Instant claimedAt) {
        this.jobId = jobId;
        this.owner = owner;
        this.attempt = attempt;
        this.reclaimed = reclaimed;
        this.claimedAt = claimedAt;
    }

    public UUID jobId() { return jobId; }
    public String owner() { return owner; }
    public int attempt() { return attempt; }
    public boolean reclaimed() { return reclaimed; }
    public Instant claimedAt() { return claimedAt; }

    public boolean lost() {
        return lost;
    }

    void markLost() {
        lost = true;
    }

    /** Throws {@link LeaseLost} once the lease is known to be lost: a worker calls it between steps. */
    public void check() {
        if (lost) {
            throw new LeaseLost(jobId);
        }
    }

    @Override
    public String toString() {
        return "lease on " + jobId + " by " + owner + " (claim " + attempt + ")";
    }
}
