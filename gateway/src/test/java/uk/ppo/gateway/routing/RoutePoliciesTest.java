package uk.ppo.gateway.routing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoutePoliciesTest {

    private final RoutePolicies policies = new RoutePolicies(List.of(
            new RoutePolicies.Override("/api/v1/offences/bulk", Optional.of(Duration.ofSeconds(60)), Optional.of(2_000_000L)),
            new RoutePolicies.Override("/api/v1/incidents", Optional.empty(), Optional.of(100_000_000L)),
            new RoutePolicies.Override("/api/v1/incidents/import", Optional.of(Duration.ofMinutes(10)), Optional.empty())),
            Duration.ofSeconds(15), 1_000_000L);

    @ParameterizedTest(name = "{0} (service {1} s) -> {2} s, {3} bytes")
    @CsvSource({
            "/api/v1/schemes,               0,  15,  1000000",
            "/api/v1/areas,                 60, 60,  1000000",
            "/api/v1/offences/bulk,         0,  60,  2000000",
            "/api/v1/offences/bulkx,        0,  15,  1000000",
            "/api/v1/incidents/import,      60, 600, 100000000",
            "/api/v1/incidents/import/x,    60, 600, 100000000",
            "/api/v1/incidents,             60, 60,  100000000"})
    void theLongestPrefixSettingEachValueWinsThenTheServiceThenTheDefault(String path, int serviceSeconds, int seconds, long bytes) {
        RoutePolicies.Policy policy = policies.forPath(path, serviceSeconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(serviceSeconds)));
        assertEquals(Duration.ofSeconds(seconds), policy.timeout());
        assertEquals(bytes, policy.maxBodyBytes());
    }
}
