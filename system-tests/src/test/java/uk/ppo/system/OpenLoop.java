package uk.ppo.system;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The benchmarks' load generator: open loop at a fixed rate, latency measured from when each request
 * was due to be sent, so queueing counts. Prints one line per run with throughput, quantiles and what
 * the errors were (exceptions by name, other answers by status).
 * <p>
 * It shares the two cores with the suite it measures, so it has to be cheap: one Vert.x event loop
 * does the timing, the sending and the counting (no thread hand-offs, no locks), on kept-alive
 * HTTP/1.1 connections. The JDK's HttpClient it replaced spent about 0.6 ms of CPU per request, more
 * than the gateway or the service it was measuring.
 */
final class OpenLoop implements AutoCloseable {

    /** {@code completed}: answers of any kind per second; {@code ok}: 200s per second. */
    record Result(double completed, double ok, double p50, double p99, double p999, int errors) {
    }

    private static final long REQUEST_TIMEOUT_MS = 10_000;
    /** Closed-loop requests that bring a path to steady state before it is measured. */
    static final int WARM_UP = Integer.getInteger("ppo.benchmark.warm-up", 30_000);
    /** Seconds at the measured rate, printed but not counted, between the warm-up and the measured run. */
    static final int LEAD_IN = Integer.getInteger("ppo.benchmark.lead-in", 5);

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
            .setInternalBlockingPoolSize(1));
    private final HttpClient client = vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setConnectTimeout(2_000).setTcpNoDelay(true),
            new PoolOptions().setHttp1MaxSize(512).setMaxWaitQueueSize(-1));
    private final String host;
    private final int port;
    private final String authorization;

    /** Requests to {@code baseUrl} (scheme, host and port), each with {@code token} as its bearer token. */
    OpenLoop(String baseUrl, String token) {
        URI base = URI.create(baseUrl);
        this.host = base.getHost();
        this.port = base.getPort();
        this.authorization = "Bearer " + token;
    }

    /**
     * {@code rate} requests per second for {@code seconds}, request {@code i} to {@code pathAndQuery(i)},
     * each sent when it is due whatever happened to the ones before.
     */
    Result run(String label, int rate, int seconds, IntFunction<String> pathAndQuery) throws Exception {
        int total = rate * seconds;
        long[] latencies = new long[total];
        Map<String, Integer> errorKinds = new TreeMap<>();
        int[] counts = new int[2]; // [0] answered (any kind), [1] of them 200; touched only on the event loop
        CompletableFuture<Void> done = new CompletableFuture<>();
        long period = 1_000_000_000L / rate;
        long[] start = new long[1];
        int[] next = {0};
        vertx.runOnContext(ignored -> {
            start[0] = System.nanoTime();
            vertx.setPeriodic(1, timer -> {
                long now = System.nanoTime();
                // send every request that is due by now (catching up if the timer fired late)
                while (next[0] < total && start[0] + next[0] * period <= now) {
                    int i = next[0]++;
                    long due = start[0] + i * period;
                    send(pathAndQuery.apply(i)).onComplete(outcome -> {
                        latencies[i] = System.nanoTime() - due;
                        if (outcome.succeeded() && outcome.result() == 200) {
                            counts[1]++;
                        } else {
                            errorKinds.merge(outcome.succeeded() ? "HTTP " + outcome.result()
                                    : outcome.cause().getClass().getSimpleName(), 1, Integer::sum);
                        }
                        if (++counts[0] == total) {
                            done.complete(null);
                        }
                    });
                }
                if (next[0] == total) {
                    vertx.cancelTimer(timer);
                }
            });
        });
        done.get(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start[0]) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        int ok = counts[1];
        Result result = new Result(total / elapsed, ok / elapsed, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999),
                total - ok);
        System.out.printf("BENCHMARK %-28s %,d requests at %d/s: %.0f req/s completed (%.0f ok/s), p50 %.2f ms, p99 %.2f ms,"
                        + " p99.9 %.2f ms, errors %d %s%n",
                label, total, rate, result.completed, result.ok, result.p50, result.p99, result.p999, result.errors, errorKinds);
        System.out.printf("BENCHMARK %-28s requests over 20 ms by second of the run (due time): %s%n", label,
                slowBySecond(latencies, rate, 20_000_000L));
        return result;
    }

    /**
     * One path measured the way every benchmark here does it: warmed right before its run ({@link #WARM_UP}
     * closed-loop requests, then {@link #LEAD_IN} seconds at {@code rate}), then {@code seconds} measured.
     * A path left idle while another was measured started its run with a second of queueing.
     */
    Result measure(String path, String label, int rate, int seconds, IntFunction<String> pathAndQuery) throws Exception {
        warmUp("(" + path + ")", WARM_UP, 8, pathAndQuery);
        run("(" + path + ", lead-in)", rate, LEAD_IN, pathAndQuery);
        System.out.println("BENCHMARK load average before measuring " + path + ": " + loadAverage());
        return run(label, rate, seconds, pathAndQuery);
    }

    /**
     * Brings a path to steady state before it is measured: {@code requests} requests with at most
     * {@code concurrency} in flight (closed loop, so a cold JIT or an empty connection pool slows the
     * warm-up down instead of building a backlog that the measured run then inherits). Prints how fast
     * it went and how many were not 200.
     */
    void warmUp(String label, int requests, int concurrency, IntFunction<String> pathAndQuery) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        int[] state = new int[3]; // [0] sent, [1] answered, [2] not 200; touched only on the event loop
        long start = System.nanoTime();
        vertx.runOnContext(ignored -> {
            for (int k = 0; k < Math.min(concurrency, requests); k++) {
                sendNextWarmUp(requests, pathAndQuery, state, done);
            }
        });
        done.get(30, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCHMARK warm-up %-20s %,d requests, %d in flight: %.1f s (%.0f req/s), not 200: %d%n",
                label, requests, concurrency, elapsed, requests / elapsed, state[2]);
    }

    private void sendNextWarmUp(int requests, IntFunction<String> pathAndQuery, int[] state, CompletableFuture<Void> done) {
        int i = state[0]++;
        send(pathAndQuery.apply(i)).onComplete(outcome -> {
            if (outcome.failed() || outcome.result() != 200) {
                state[2]++;
            }
            if (++state[1] == requests) {
                done.complete(null);
            } else if (state[0] < requests) {
                sendNextWarmUp(requests, pathAndQuery, state, done);
            }
        });
    }

    /** One GET; its status once the whole body has arrived (the body itself is dropped). */
    private Future<Integer> send(String pathAndQuery) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(host).setPort(port)
                .setURI(pathAndQuery).putHeader("Authorization", authorization).setTimeout(REQUEST_TIMEOUT_MS);
        return client.request(options).compose(HttpClientRequest::send)
                .compose(response -> response.end().map(ignored -> response.statusCode()));
    }

    /** Where the tail is: one stall shows as one second, queueing spread over the run as many. */
    private static Map<Integer, Integer> slowBySecond(long[] latencies, int rate, long thresholdNanos) {
        Map<Integer, Integer> slow = new TreeMap<>();
        for (int i = 0; i < latencies.length; i++) {
            if (latencies[i] > thresholdNanos) {
                slow.merge(i / rate, 1, Integer::sum);
            }
        }
        return slow;
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

    @Override
    public void close() throws Exception {
        client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
