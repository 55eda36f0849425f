package uk.ppo.system;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;
import java.util.function.Supplier;


/**
 * What the gateway costs: the same cheap request ({@code GET /api/v1/schemes}, a coordinator's
 * token) straight to offender-service and through the gateway, open loop at a fixed rate (500/s by
 * default), each path right after 30,000 closed-loop requests and 5 s at the measured rate have warmed it, latency measured from when each
 * request was due. Prints throughput and p50/p99 of each
 * and their ratio; a run in which the host stole the VM's CPU is measured again (see {@link OpenLoop#measure}). Not part of verify: {@code ./mvnw -B verify -pl system-tests -Pbenchmark
 * -Dit.test=GatewayOverheadBenchmarkIT} (the benchmark profile raises the gateway's rate limits).
 */
@Tag("benchmark")
@ExtendWith(RunningSuite.class)
class GatewayOverheadBenchmarkIT {

    static final int RATE = Integer.getInteger("ppo.benchmark.rate", 500);
    static final int SECONDS = Integer.getInteger("ppo.benchmark.seconds", 20);
    static final String PATH = "/api/v1/schemes";

    @Test
    void gatewayOverheadAtAFixedRate() throws Exception {
        SuiteControl suite = RunningSuite.suite();
        Supplier<String> tokens = () -> RunningSuite.tokenFor("cora.coordinator");
        try (OpenLoop directLoad = new OpenLoop(suite.serviceUrl(Suite.Service.OFFENDER), tokens);
             OpenLoop gatewayLoad = new OpenLoop(suite.config().gatewayUrl(), tokens)) {
            System.out.println("BENCHMARK load before: " + OpenLoop.loadAverage());
            OpenLoop.Result direct = directLoad.measure("direct", "direct to offender-service", RATE, SECONDS,
                    JitWatch.offenderService(suite), i -> PATH);
            OpenLoop.Result gateway = gatewayLoad.measure("gateway", "through the gateway", RATE, SECONDS,
                    JitWatch.gatewayAndOffenderService(suite), i -> PATH);
            System.out.printf("BENCHMARK gateway overhead at %d req/s: throughput ratio %.2f (target >= 0.80), p50 %+.2f ms, p99 %+.2f ms (target < 5 ms)%s%n",
                    RATE, gateway.ok() / direct.ok(), gateway.p50() - direct.p50(), gateway.p99() - direct.p99(),
                    OpenLoop.Result.counted(direct, gateway));
            System.out.println("BENCHMARK load after: " + OpenLoop.loadAverage());
        }
    }
}
