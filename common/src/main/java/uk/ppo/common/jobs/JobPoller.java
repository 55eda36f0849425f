package uk.ppo.common.jobs;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One replica's worker for one job table: claims jobs on start, every {@code poll} and when nudged (a job was queued
 * here), runs up to {@code workers} at a time, renews each lease every third of its length while the job runs
 * (a renewal that finds the job gone marks the lease lost, and the worker stops at its next check), and on close
 * hands its running jobs over to the other replicas.
 */
public final class JobPoller implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JobPoller.class);

    /** Works one claimed job to its end; it holds the lease for every write and stops when it is lost. */
    @FunctionalInterface
    public interface Worker {
        void work(Lease lease);
    }

    private final Leases leases;
    private final Worker worker;
    private final JobMetrics metrics;
    private final Duration poll;
    private final int workers;
    private final ScheduledExecutorService timer;
    private final ExecutorService pool;
    private final Map<Lease, ScheduledFuture<?>> running = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    public JobPoller(Leases leases, Worker worker, JobMetrics metrics, Duration poll, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.leases = leases;
        this.worker = worker;
        this.metrics = metrics;
        this.poll = poll;
        this.workers = workers;
        String kind = leases.table().kind();
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon(kind + "-poller"));
        this.pool = Executors.newFixedThreadPool(workers, daemon(kind + "-worker"));
    }

    /** Polls now and then every {@code poll}. */
    public void start() {
        timer.scheduleWithFixedDelay(this::claimWhileFree, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Polls at once: a job was just queued here. */
    public void nudge() {
        if (!stopped) {
            try {
                timer.execute(this::claimWhileFree);
            } catch (RejectedExecutionException stopping) {
                LOG.debugf("%s: stopping, not polling", leases.table().kind());
            }
        }
    }

    /** Jobs this replica is working now. */
    public int working() {
        return running.size();
    }

    private void claimWhileFree() {
        try {
            while (!stopped && running.size() < workers) {
                Optional<Lease> claimed = leases.claim();
                if (claimed.isEmpty()) {
                    return;
                }
                launch(claimed.get());
            }
        } catch (RuntimeException e) {
            LOG.warnf("%s: could not claim jobs (%s); trying again in %s", leases.table().kind(), e.getMessage(), poll);
        }
    }

    private void launch(Lease lease) {
        if (lease.reclaimed()) {
            metrics.reclaimed();
            LOG.infof("%s %s: its lease had expired; taken over as claim %d by %s", leases.table().kind(), lease.jobId(),
                    lease.attempt(), lease.owner());
        }
        long every = Math.max(leases.duration().toMillis() / 3, 1);
        running.put(lease, timer.scheduleWithFixedDelay(() -> renew(lease), every, every, TimeUnit.MILLISECONDS));
        pool.execute(() -> {
            try {
                worker.work(lease);
            } catch (LeaseLost e) {
                LOG.infof("%s %s: no longer held by %s; stopped without writing", leases.table().kind(), lease.jobId(), lease.owner());
            } catch (RuntimeException | Error e) {
                LOG.errorf(e, "%s %s: the worker failed", leases.table().kind(), lease.jobId());
            } finally {
                ScheduledFuture<?> heartbeat = running.remove(lease);
                if (heartbeat != null) {
                    heartbeat.cancel(false);
                }
                nudge();
            }
        });
    }

    private void renew(Lease lease) {
        if (lease.lost()) {
            return;
        }
        try {
            if (!leases.renew(lease)) {
                LOG.infof("%s %s: the lease is gone (cancelled, finished or taken over); the worker stops", leases.table().kind(),
                        lease.jobId());
            }
        } catch (RuntimeException e) {
            LOG.warnf("%s %s: could not renew the lease (%s)", leases.table().kind(), lease.jobId(), e.getMessage());
        }
    }

    /** Stops claiming, hands every running job over to the other replicas and stops the workers. */
    @Override
    public void close() {
        stopped = true;
        timer.shutdownNow();
        for (Lease lease : running.keySet()) {
            try {
                leases.handOver(lease);
                LOG.infof("%s %s: handed over on shutdown", leases.table().kind(), lease.jobId());
            } catch (RuntimeException e) {
                LOG.warnf("%s %s: could not hand over (%s); another replica takes it when the lease expires", leases.table().kind(),
                        lease.jobId(), e.getMessage());
            }
        }
        pool.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
