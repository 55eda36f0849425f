package uk.ppo.hotspot;

import io.quarkus.test.junit.QuarkusTest;
import uk.ppo.common.testing.ReadinessContract;

import java.util.Set;

/** Live, and ready once its database answers. */
@QuarkusTest
class ReadinessTest extends ReadinessContract {

    @Override
    protected Set<String> readinessChecks() {
        return Set.of("Database");
    }
}
