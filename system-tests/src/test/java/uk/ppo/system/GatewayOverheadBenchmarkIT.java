package uk.ppo.system;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the gateway costs: the same cheap request ({@code GET /api/v1/schemes}, a coordinator's
 * token) straight to offender-service and through the gateway, open loop at a fixed rate (500/s by
 * default) after 30,000 closed-loop requests have warmed each path, latency measured from when each
 * request was due. Prints throughput and p50/p99 of each
 * and their ratio. Not part of verify: {@code ./mvnw -B verify -pl system-tests -Pbenchmark
 * -Dit.test=GatewayOverheadBenchmarkIT} (the benchmark profile raises the gateway's rate limits).
 */
@Tag("benchmark")
@ExtendWith(RunningSuite.class)
class GatewayOverheadBenchmarkIT {

    static final int RATE = Integer.getInteger("ppo.benchmark.rate", 500);
    static final int SECONDS = Integer.getInteger("ppo.benchmark.seconds", 20);
    static final int WARM_UP = Integer.getInteger("ppo.benchmark.warm-up", 30_000);
    static final String PATH = "/api/v1/schemes";

    @Test
    void gatewayOverheadAtAFixedRate() throws Exception {
        Suite suite = RunningSuite.suite();
        String token = RunningSuite.tokenFor("cora.coordinator");
        ExecutorService executor = Executors.newFixedThreadPool(32);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(2)).build();
        String gatewayUrl = suite.config().gatewayUrl();
        String directUrl = suite.serviceUrl(Suite.Service.OFFENDER);
        System.out.println("BENCHMARK load before: " + OpenLoop.loadAverage());
        // both paths to steady state (JIT, connection pools) before either is measured
        OpenLoop.warmUp(client, "(direct)", WARM_UP, 8, i -> request(directUrl, token));
        OpenLoop.warmUp(client, "(gateway)", WARM_UP, 8, i -> request(gatewayUrl, token));
        System.out.println("BENCHMARK load before measuring: " + OpenLoop.loadAverage());
        OpenLoop.Result direct = run(client, token, "direct to offender-service", directUrl, SECONDS);
        OpenLoop.Result gateway = run(client, token, "through the gateway", gatewayUrl, SECONDS);
        System.out.printf("BENCHMARK gateway overhead at %d req/s: throughput ratio %.2f (target >= 0.80), p50 +%.2f ms, p99 +%.2f ms (target < 5 ms)%n",
                RATE, gateway.ok() / direct.ok(), gateway.p50() - direct.p50(), gateway.p99() - direct.p99());
        System.out.println("BENCHMARK load after: " + OpenLoop.loadAverage());
        executor.shutdownNow();
    }

    private static OpenLoop.Result run(HttpClient client, String token, String label, String baseUrl, int seconds)
            throws Exception {
        HttpRequest request = request(baseUrl, token);
        return OpenLoop.run(client, label, RATE, seconds, i -> request);
    }

    private static HttpRequest request(String baseUrl, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + PATH)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build();
    }
}
