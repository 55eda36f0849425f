package uk.ppo.system;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the gateway costs: the same cheap request ({@code GET /api/v1/schemes}, a coordinator's
 * token) straight to offender-service and through the gateway, open loop at a fixed rate (500/s by
 * default), latency measured from when each request was due. Prints throughput and p50/p99 of each
 * and their ratio. Not part of verify: {@code ./mvnw -B verify -pl system-tests -Pbenchmark
 * -Dit.test=GatewayOverheadBenchmarkIT} (the benchmark profile raises the gateway's rate limits).
 */
@Tag("benchmark")
@ExtendWith(RunningSuite.class)
class GatewayOverheadBenchmarkIT {

    static final int RATE = Integer.getInteger("ppo.benchmark.rate", 500);
    static final int SECONDS = Integer.getInteger("ppo.benchmark.seconds", 20);
    static final String PATH = "/api/v1/schemes";

    record Result(double throughput, double p50, double p99, int errors) {
    }

    @Test
    void gatewayOverheadAtAFixedRate() throws Exception {
        Suite suite = RunningSuite.suite();
        String token = RunningSuite.tokenFor("cora.coordinator");
        ExecutorService executor = Executors.newFixedThreadPool(32);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(2)).build();
        String gatewayUrl = suite.config().gatewayUrl();
        String directUrl = suite.serviceUrl(Suite.Service.OFFENDER);
        System.out.println("BENCHMARK load before: " + load());
        run(client, token, "warm-up (direct)", directUrl, 5);
        run(client, token, "warm-up (gateway)", gatewayUrl, 5);
        Result direct = run(client, token, "direct to offender-service", directUrl, SECONDS);
        Result gateway = run(client, token, "through the gateway", gatewayUrl, SECONDS);
        System.out.printf("BENCHMARK gateway overhead at %d req/s: throughput ratio %.2f (target >= 0.80), p50 +%.2f ms, p99 +%.2f ms (target < 5 ms)%n",
                RATE, gateway.throughput / direct.throughput, gateway.p50 - direct.p50, gateway.p99 - direct.p99);
        System.out.println("BENCHMARK load after: " + load());
        executor.shutdownNow();
    }

    private static Result run(HttpClient client, String token, String label, String baseUrl, int seconds) throws Exception {
        int total = RATE * seconds;
        AtomicLongArray latencies = new AtomicLongArray(total);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        URI uri = URI.create(baseUrl + PATH);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long period = 1_000_000_000L / RATE;
        int[] sent = {0};
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            while (sent[0] < total && start + sent[0] * period <= now) {
                int i = sent[0]++;
                long due = start + i * period;
                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(10)).GET().build();
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                    latencies.set(i, System.nanoTime() - due);
                    if (failure != null || response.statusCode() != 200) {
                        errors.incrementAndGet();
                    } else {
                        ok.incrementAndGet();
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
        Result result = new Result(ok.get() / elapsed, quantile(sorted, 0.50), quantile(sorted, 0.99), errors.get());
        System.out.printf("BENCHMARK %-28s %,d requests at %d/s: %.0f ok/s, p50 %.2f ms, p99 %.2f ms, errors %d%n",
                label, total, RATE, result.throughput, result.p50, result.p99, result.errors);
        return result;
    }

    private static double quantile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
