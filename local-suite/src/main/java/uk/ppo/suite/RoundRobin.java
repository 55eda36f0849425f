package uk.ppo.suite;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Which replica takes the next request: each in turn among those whose readiness probe last answered 200, as a
 * Kubernetes Service leaves out pods that are not ready; when none is, each in turn regardless, so the caller gets the
 * replicas' own answer (a 503 while the database is down) rather than none.
 */
final class RoundRobin {

    private final List<Integer> ports;
    private final AtomicIntegerArray ready;
    private final AtomicInteger next = new AtomicInteger();

    RoundRobin(List<Integer> ports) {
        this.ports = List.copyOf(ports);
        this.ready = new AtomicIntegerArray(ports.size());
    }

    List<Integer> ports() {
        return ports;
    }

    void markReady(int replica, boolean isReady) {
        ready.set(replica, isReady ? 1 : 0);
    }

    /** The port of the replica to send the next request to. */
    int nextPort() {
        int count = ports.size();
        for (int tried = 0; tried < count; tried++) {
            int replica = Math.floorMod(next.getAndIncrement(), count);
            if (ready.get(replica) == 1) {
                return ports.get(replica);
            }
        }
        return ports.get(Math.floorMod(next.getAndIncrement(), count));
    }
}
