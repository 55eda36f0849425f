package uk.ppo.system;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntFunction;

/**
 * The benchmarks' load generator: open loop at a fixed rate, latency measured from when each request
 * was due to be sent, so queueing counts. Prints one line per run with throughput, quantiles and what
 * the errors were (exceptions by name, other answers by status).
 */
final class OpenLoop {

    /** {@code completed}: answers of any kind per second; {@code ok}: 200s per second. */
    record Result(double completed, double ok, double p50, double p99, double p999, int errors) {
    }

    private OpenLoop() {
    }

    static Result run(HttpClient client, String label, int rate, int seconds, IntFunction<HttpRequest> request)
            throws InterruptedException {
        int total = rate * seconds;
        AtomicLongArray latencies = new AtomicLongArray(total);
        AtomicInteger ok = new AtomicInteger();
        Map<String, AtomicInteger> errorKinds = new ConcurrentSkipListMap<>();
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long period = 1_000_000_000L / rate;
        int[] next = {0};
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            // one ticker thread: send every request that is due by now (catching up if it woke late)
            while (next[0] < total && start + next[0] * period <= now) {
                int i = next[0]++;
                long due = start + i * period;
                client.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                    latencies.set(i, System.nanoTime() - due);
                    if (failure == null && response.statusCode() == 200) {
                        ok.incrementAndGet();
                    } else {
                        String kind = failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode();
                        errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                    }
                    done.countDown();
                });
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        ticker.shutdownNow();
        long[] sorted = new long[total];
        for (int i = 0; i < total; i++) {
            sorted[i] = latencies.get(i);
        }
        Arrays.sort(sorted);
        Result result = new Result(total / elapsed, ok.get() / elapsed, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999),
                total - ok.get());
        System.out.printf("BENCHMARK %-28s %,d requests at %d/s: %.0f req/s completed (%.0f ok/s), p50 %.2f ms, p99 %.2f ms,"
                        + " p99.9 %.2f ms, errors %d %s%n",
                label, total, rate, result.completed, result.ok, result.p50, result.p99, result.p999, result.errors, errorKinds);
        return result;
    }

    /**
     * Brings a path to steady state before it is measured: {@code requests} requests with at most
     * {@code concurrency} in flight (closed loop, so a cold JIT or an empty connection pool slows the
     * warm-up down instead of building a backlog that the measured run then inherits). Prints how fast
     * it went and how many were not 200.
     */
    static void warmUp(HttpClient client, String label, int requests, int concurrency, IntFunction<HttpRequest> request)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(requests);
        AtomicInteger notOk = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            inFlight.acquire();
            client.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure != null || response.statusCode() != 200) {
                    notOk.incrementAndGet();
                }
                inFlight.release();
                done.countDown();
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCHMARK warm-up %-20s %,d requests, %d in flight: %.1f s (%.0f req/s), not 200: %d%n",
                label, requests, concurrency, elapsed, requests / elapsed, notOk.get());
    }

    /** The machine's load average, printed with every figure: the machine is shared. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
