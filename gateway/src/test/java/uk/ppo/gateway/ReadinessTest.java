package uk.ppo.gateway;

import io.quarkus.test.junit.QuarkusTest;
import uk.ppo.common.testing.ReadinessContract;

import java.util.Set;

/** Live, and ready with each service's readiness and circuit shown under "upstreams" (one service down leaves the edge ready). */
@QuarkusTest
class ReadinessTest extends ReadinessContract {

    @Override
    protected Set<String> readinessChecks() {
        return Set.of("upstreams");
    }
}
