package uk.ppo.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The gateway's own cost, isolated from the services: the same request straight to a WireMock
 * upstream and through the gateway (token check, rate limit, metrics, proxy), open loop at a fixed
 * rate (500/s by default), latency from when each request was due. 500 users' tokens in turn, so
 * the rate limits are those of real callers. Gateway, upstream and load generator share this JVM
 * and the machine: the figures are an upper bound of the overhead. Only with -Pbenchmark:
 * {@code ./mvnw -B verify -pl gateway -am -Pbenchmark}.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(UpstreamsResource.class)
@QuarkusTestResource(OidcTestResource.class)
class GatewayOverheadBenchmarkTest {

    static final int RATE = Integer.getInteger("ppo.benchmark.rate", 500);
    static final int SECONDS = Integer.getInteger("ppo.benchmark.seconds", 20);

    WireMockServer upstream;

    record Result(double throughput, double p50, double p99, int errors) {
    }

    @Test
    void gatewayOverheadAtAFixedRate() throws Exception {
        upstream.resetAll();
        upstream.stubFor(get(urlPathEqualTo("/api/v1/schemes")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[{\"code\":\"HASTINGS\"}],\"page\":0,\"size\":50,\"total\":1}")));
        List<String> tokens = IntStream.range(0, 500).mapToObj(i -> TestTokens.user("bench." + i).roles("coordinator").token()).toList();
        ExecutorService executor = Executors.newFixedThreadPool(32);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(2)).build();
        String direct = "http://localhost:" + upstream.port();
        String gateway = RestAssured.baseURI + ":" + RestAssured.port;
        System.out.println("BENCHMARK load before: " + load());
        run(client, tokens, "warm-up (direct)", direct, 5);
        run(client, tokens, "warm-up (gateway)", gateway, 10);
        Result d = run(client, tokens, "direct to the upstream", direct, SECONDS);
        Result g = run(client, tokens, "through the gateway", gateway, SECONDS);
        System.out.printf("BENCHMARK gateway overhead at %d req/s: throughput ratio %.2f (target >= 0.80), p50 +%.2f ms, p99 +%.2f ms (target < 5 ms)%n",
                RATE, g.throughput / d.throughput, g.p50 - d.p50, g.p99 - d.p99);
        System.out.println("BENCHMARK load after: " + load());
        executor.shutdownNow();
    }

    private static Result run(HttpClient client, List<String> tokens, String label, String baseUrl, int seconds) throws Exception {
        int total = RATE * seconds;
        AtomicLongArray latencies = new AtomicLongArray(total);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        java.util.concurrent.ConcurrentHashMap<String, AtomicInteger> failures = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(total);
        URI uri = URI.create(baseUrl + "/api/v1/schemes");
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long period = 1_000_000_000L / RATE;
        int[] sent = {0};
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            while (sent[0] < total && start + sent[0] * period <= now) {
                int i = sent[0]++;
                long due = start + i * period;
                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                        .timeout(Duration.ofSeconds(10)).GET().build();
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                    latencies.set(i, System.nanoTime() - due);
                    if (failure != null || response.statusCode() != 200) {
                        errors.incrementAndGet();
                        String kind = failure != null ? failure.getClass().getSimpleName() : Integer.toString(response.statusCode());
                        failures.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
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
        System.out.printf("BENCHMARK %-24s %,d requests at %d/s: %.0f ok/s, p50 %.2f ms, p99 %.2f ms, errors %d %s%n",
                label, total, RATE, result.throughput, result.p50, result.p99, result.errors, failures);
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
