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
import java.util.function.Supplier;

/**
 * The benchmarks' load generator: open loop at a fixed rate, latency measured from when each request
 * was due to be sent, so queueing counts. Prints one line per run with throughput, quantiles and what
 * the errors were (exceptions by name, other answers by status).
 * <p>
 * It shares the two cores with the suite it measures, so it has to be cheap: one Vert.x event loop
 * does the timing, the sending and the counting (no thread hand-offs, no locks), on kept-alive
 * HTTP/1.1 connections, one request in {@link #RECONNECT_EVERY} closing its own. The JDK's HttpClient it replaced spent about 0.6 ms of CPU per request, more
 * than the gateway or the service it was measuring.
 */
final class OpenLoop implements AutoCloseable {

    /**
     * {@code completed}: answers of any kind per second; {@code ok}: 200s per second; {@code busy} and
     * {@code stolen}: the shares of the machine's CPU time it was busy and the hypervisor gave to other
     * guests during the run, in percent.
     */
    record Result(double completed, double ok, double p50, double p99, double p999, int errors, double busy, double stolen) {

        /** Whether the host left the machine its CPU: only such a run measures the suite. */
        boolean hostQuiet() {
            return stolen <= STEAL_LIMIT;
        }

        /** What a verdict line built from these runs adds: nothing, or that it is not counted. */
        static String counted(Result... runs) {
            return Arrays.stream(runs).allMatch(Result::hostQuiet) ? "" : "; NOT COUNTED, the host stole more than the limit";
        }
    }

    private static final long REQUEST_TIMEOUT_MS = 10_000;
    /** Closed-loop requests that warm a path at least, before it is measured. */
    static final int WARM_UP = Integer.getInteger("ppo.benchmark.warm-up", 30_000);
    /** ... and at most: the warm-up goes on in rounds of {@link #WARM_UP_ROUND} until the JIT is quiet or this many have gone. */
    static final int WARM_UP_MAX = Integer.getInteger("ppo.benchmark.warm-up-max", 300_000);
    private static final int WARM_UP_ROUND = 5_000;
    /** A round of the warm-up in which no watched JVM's compilers used more CPU than this (ms) ends it. */
    static final long JIT_QUIET_MS = Long.getLong("ppo.benchmark.jit-quiet-ms", 100);
    /** Seconds at the measured rate, printed but not counted, between the warm-up and the measured run. */
    static final int LEAD_IN = Integer.getInteger("ppo.benchmark.lead-in", 5);
    /**
     * Every this many requests, one is its client's last on that connection ({@code Connection: close}), so
     * the next opens a new one: mobile apps come and go, they do not hold one connection for an hour. The
     * server's accept and close paths then run all along, as in service, and the JIT compiles them in from
     * the start; without them the first new connection of a measured run made the gateway's JIT throw away
     * its compiled event-loop code and stall for seconds.
     */
    static final int RECONNECT_EVERY = Integer.getInteger("ppo.benchmark.reconnect-every", 50);
    /**
     * Host steal (percent of the machine's CPU time) above which a run measures the neighbours on the
     * host, not the suite: this VM's two cores are shared, and in runs where the host took 13-47 % of
     * them every JVM's CPU a request rose together and the direct path alone missed by hundreds of ms.
     */
    static final double STEAL_LIMIT = Double.parseDouble(System.getProperty("ppo.benchmark.steal-limit", "5"));
    /** Measured runs at most per path, while the host steals more than {@link #STEAL_LIMIT} during them. */
    static final int ATTEMPTS = Integer.getInteger("ppo.benchmark.attempts", 3);
    /** Lead-ins at most before each measured run, while the host steals more than {@link #STEAL_LIMIT} during them. */
    static final int QUIET_LEAD_INS = Integer.getInteger("ppo.benchmark.quiet-lead-ins", 24);
    /** The warm-up's requests in flight: waves of this few and of {@link #WARM_UP_PEAK}, so every pool on the way grows and is reused. */
    private static final int WARM_UP_LOW = 8;
    private static final int WARM_UP_PEAK = 32;
    private static final int WARM_UP_WAVE = 2_500;

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
            .setInternalBlockingPoolSize(1));
    private final HttpClient client = vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setConnectTimeout(2_000).setTcpNoDelay(true),
            new PoolOptions().setHttp1MaxSize(512).setMaxWaitQueueSize(-1));
    private final String host;
    private final int port;
    private final Supplier<String> tokens;
    /** Written between runs by the test thread, read by the event loop. */
    private volatile String authorization;

    /**
     * Requests to {@code baseUrl} (scheme, host and port) with a bearer token from {@code tokens}, asked
     * for a fresh one before every warm-up round and before the lead-in: a warm-up can outlast an access
     * token, and every answer after that would be a 401.
     */
    OpenLoop(String baseUrl, Supplier<String> tokens) {
        URI base = URI.create(baseUrl);
        this.host = base.getHost();
        this.port = base.getPort();
        this.tokens = tokens;
        refreshToken();
    }

    private void refreshToken() {
        authorization = "Bearer " + tokens.get();
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
        long[] machineBefore = machineTicks();
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
                    send(pathAndQuery.apply(i), i).onComplete(outcome -> {
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
        long[] machine = machineTicks();
        long ticks = machine[2] - machineBefore[2];
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        int ok = counts[1];
        Result result = new Result(total / elapsed, ok / elapsed, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999),
                total - ok, percent(machine[0] - machineBefore[0], ticks), percent(machine[1] - machineBefore[1], ticks));
        System.out.printf("BENCHMARK %-28s %,d requests at %d/s: %.0f req/s completed (%.0f ok/s), p50 %.2f ms, p99 %.2f ms,"
                        + " p99.9 %.2f ms, errors %d %s; host steal %.1f %%%n",
                label, total, rate, result.completed, result.ok, result.p50, result.p99, result.p999, result.errors, errorKinds,
                result.stolen);
        System.out.printf("BENCHMARK %-28s requests over 20 ms by second of the run (due time): %s%n", label,
                slowBySecond(latencies, rate, 20_000_000L));
        return result;
    }

    /**
     * One path measured the way every benchmark here does it: warmed right before its run (see
     * {@link #warmUp}), then {@link #LEAD_IN} seconds at {@code rate}, then {@code seconds} measured. A
     * path left idle while another was measured started its run with a second of queueing.
     * <p>
     * The machine is a VM on a shared host, and what the host takes (steal) is printed with every run.
     * A lead-in in which the host stole more than {@link #STEAL_LIMIT} % is followed by another, up to
     * {@link #QUIET_LEAD_INS}; a measured run in which it did is measured again, up to {@link #ATTEMPTS}
     * runs. Every run is printed; the result is the first run the host left alone, or else the last,
     * marked as not counted ({@link Result#hostQuiet()} false).
     */
    Result measure(String path, String label, int rate, int seconds, JitWatch jit, IntFunction<String> pathAndQuery)
            throws Exception {
        warmUp("(" + path + ")", jit, pathAndQuery);
        for (int attempt = 1; ; attempt++) {
            leadIn(path, rate, pathAndQuery);
            Result result = measuredRun(path, label, rate, seconds, jit, pathAndQuery);
            if (result.hostQuiet()) {
                System.out.printf("BENCHMARK %-28s COUNTED: run %d of at most %d, host steal %.1f %% (limit %.0f %%)%n",
                        label, attempt, ATTEMPTS, result.stolen(), STEAL_LIMIT);
                return result;
            }
            if (attempt == ATTEMPTS) {
                System.out.printf("BENCHMARK %-28s NOT COUNTED: the host stole more than %.0f %% of the CPU in all %d runs"
                        + " (last %.1f %%); these figures measure the host, not the suite%n", label, STEAL_LIMIT, ATTEMPTS,
                        result.stolen());
                return result;
            }
            System.out.printf("BENCHMARK %-28s the host stole %.1f %% of the CPU during the run (limit %.0f %%): measuring again%n",
                    label, result.stolen(), STEAL_LIMIT);
        }
    }

    /** {@link #LEAD_IN} seconds at the measured rate, again while the host steals more than {@link #STEAL_LIMIT} (at most {@link #QUIET_LEAD_INS}). */
    private void leadIn(String path, int rate, IntFunction<String> pathAndQuery) throws Exception {
        for (int leadIn = 1; ; leadIn++) {
            refreshToken(); // lasts the lead-in and the measured run
            Result result = run("(" + path + ", lead-in)", rate, LEAD_IN, pathAndQuery);
            if (result.hostQuiet() || leadIn == QUIET_LEAD_INS) {
                return;
            }
        }
    }

    private Result measuredRun(String path, String label, int rate, int seconds, JitWatch jit, IntFunction<String> pathAndQuery)
            throws Exception {
        System.out.println("BENCHMARK load average before measuring " + path + ": " + loadAverage());
        Map<String, Long> cpuBefore = jit.processMillis();
        Map<String, Long> jitBefore = jit.compilerMillis();
        Result result = run(label, rate, seconds, pathAndQuery);
        System.out.printf("BENCHMARK %-28s machine: CPU busy %.0f %%, stolen by the host %.1f %%%n", label,
                result.busy(), result.stolen());
        Map<String, Long> cpu = JitWatch.since(cpuBefore, jit.processMillis());
        Map<String, Long> compiling = JitWatch.since(jitBefore, jit.compilerMillis());
        cpu.forEach((jvm, ms) -> System.out.printf("BENCHMARK %-28s %s: %,d ms CPU in the run = %.2f ms a request (JIT %,d ms)%n",
                label, jvm, ms, ms / (double) (rate * seconds), compiling.get(jvm)));
        return result;
    }

    /**
     * Brings a path to steady state before it is measured, in closed loop (so a cold JIT slows the
     * warm-up down instead of building a backlog that the measured run then inherits): at least
     * {@link #WARM_UP} requests, then more in rounds of {@value #WARM_UP_ROUND} until a round in which
     * the compilers of every JVM {@code jit} watches used at most {@link #JIT_QUIET_MS} ms of CPU (or
     * {@link #WARM_UP_MAX} have gone, said so in the output). The requests come in waves of
     * {@value #WARM_UP_LOW} and {@value #WARM_UP_PEAK} in flight, one in {@link #RECONNECT_EVERY}
     * closing its connection. Prints every round: time, JIT CPU per JVM, answers that were not 200.
     */
    void warmUp(String label, JitWatch jit, IntFunction<String> pathAndQuery) throws Exception {
        long start = System.nanoTime();
        Map<String, Long> before = jit.compilerMillis();
        int sent = 0;
        while (true) {
            long roundStart = System.nanoTime();
            refreshToken();
            Map<String, Integer> notOk = closedLoop(sent, WARM_UP_ROUND, pathAndQuery);
            sent += WARM_UP_ROUND;
            Map<String, Long> now = jit.compilerMillis();
            Map<String, Long> compiling = JitWatch.since(before, now);
            before = now;
            System.out.printf("BENCHMARK warm-up %-20s %,7d requests, round %.1f s, JIT CPU ms %s, not 200: %s%n",
                    label, sent, (System.nanoTime() - roundStart) / 1e9, compiling, notOk);
            boolean quiet = compiling.values().stream().allMatch(ms -> ms <= JIT_QUIET_MS);
            if ((sent >= WARM_UP && quiet) || sent >= WARM_UP_MAX) {
                System.out.printf("BENCHMARK warm-up %-20s %s after %,d requests in %.1f s%n", label,
                        quiet ? "JIT quiet" : "JIT STILL BUSY, measuring anyway,", sent, (System.nanoTime() - start) / 1e9);
                return;
            }
        }
    }

    /** Requests {@code first} to {@code first + count - 1}, closed loop in waves; what the answers that were not 200 were. */
    private Map<String, Integer> closedLoop(int first, int count, IntFunction<String> pathAndQuery) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Map<String, Integer> notOk = new TreeMap<>();
        int[] state = {first, 0}; // [0] next to send, [1] in flight; touched only on the event loop
        vertx.runOnContext(ignored -> sendClosedLoop(first + count, pathAndQuery, state, notOk, done));
        done.get(30, TimeUnit.MINUTES);
        return notOk;
    }

    private void sendClosedLoop(int end, IntFunction<String> pathAndQuery, int[] state, Map<String, Integer> notOk,
                                CompletableFuture<Void> done) {
        while (state[0] < end && state[1] < ((state[0] / WARM_UP_WAVE) % 2 == 0 ? WARM_UP_LOW : WARM_UP_PEAK)) {
            int i = state[0]++;
            state[1]++;
            send(pathAndQuery.apply(i), i).onComplete(outcome -> {
                state[1]--;
                if (outcome.failed() || outcome.result() != 200) {
                    notOk.merge(outcome.succeeded() ? "HTTP " + outcome.result() : outcome.cause().getClass().getSimpleName(),
                            1, Integer::sum);
                }
                if (state[0] == end && state[1] == 0) {
                    done.complete(null);
                } else {
                    sendClosedLoop(end, pathAndQuery, state, notOk, done);
                }
            });
        }
    }

    /**
     * GET number {@code i} of a run; its status once the whole body has arrived (the body itself is
     * dropped). One in {@link #RECONNECT_EVERY} is the last on its connection.
     */
    private Future<Integer> send(String pathAndQuery, int i) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(host).setPort(port)
                .setURI(pathAndQuery).putHeader("Authorization", authorization).setTimeout(REQUEST_TIMEOUT_MS);
        if (i % RECONNECT_EVERY == RECONNECT_EVERY - 1) {
            options.putHeader("Connection", "close");
        }
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

    /**
     * Whole-machine CPU ticks from {@code /proc/stat}: busy (not idle or waiting), stolen (by the
     * hypervisor: a virtual machine's cores are not always its own) and all. Steal makes every JVM's CPU
     * a request rise at once, so a run it disturbed can be told from a slower build.
     */
    static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i <= 8; i++) {
                all += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            long steal = Long.parseLong(cpu[8]);
            return new long[]{all - idle - steal, steal, all};
        } catch (java.io.IOException e) {
            return new long[3];
        }
    }

    private static double percent(long part, long all) {
        return all == 0 ? 0 : 100.0 * part / all;
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
