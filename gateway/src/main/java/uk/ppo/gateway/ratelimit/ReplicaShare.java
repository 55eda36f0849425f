package uk.ppo.gateway.ratelimit;

/**
 * One gateway replica's share of a limit that all {@code replicas} gateways enforce together: each holds a bucket of
 * {@code 1/replicas} of the requests and the burst (rounded up, so a share is never zero), and reports what is left
 * as if the caller's other replicas had as much left (exact when the load balancer spreads requests evenly). Pure.
 */
record ReplicaShare(int replicas) {

    ReplicaShare {
        if (replicas < 1) {
            throw new IllegalArgumentException("ppo.gateway.rate-limit.replicas must be at least 1, was " + replicas);
        }
    }

    /** This replica's share of {@code whole} requests. */
    long of(long whole) {
        return (whole + replicas - 1) / replicas;
    }

    /** What the caller has left in all, from what is left of this replica's share, never more than {@code whole}. */
    long whole(long remainingHere, long whole) {
        return Math.min(whole, remainingHere * replicas);
    }
}
