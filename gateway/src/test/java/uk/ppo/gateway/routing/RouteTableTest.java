package uk.ppo.gateway.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RouteTableTest {

    private static final Optional<Duration> NONE = Optional.empty();

    private final RouteTable services = new RouteTable(List.of(
            new RouteTable.Owner("/api/v1/schemes", "offender", NONE),
            new RouteTable.Owner("/api/v1/offenders", "offender", NONE),
            new RouteTable.Owner("/api/v1/scoring", "scoring", NONE),
            new RouteTable.Owner("/api/v1/offenders/special", "special", NONE)),
            List.of(), Duration.ofSeconds(15), 1_000_000L);

    private final RouteTable settings = new RouteTable(List.of(
            new RouteTable.Owner("/api/v1/schemes", "offender", NONE),
            new RouteTable.Owner("/api/v1/offences", "offender", NONE),
            new RouteTable.Owner("/api/v1/areas", "hotspot", Optional.of(Duration.ofSeconds(60))),
            new RouteTable.Owner("/api/v1/incidents", "hotspot", Optional.of(Duration.ofSeconds(60)))),
            List.of(new RouteTable.Setting("/api/v1/offences/bulk", Optional.of(Duration.ofSeconds(60)), Optional.of(2_000_000L)),
                    new RouteTable.Setting("/api/v1/incidents", NONE, Optional.of(100_000_000L)),
                    new RouteTable.Setting("/api/v1/incidents/import", Optional.of(Duration.ofMinutes(10)), Optional.empty()),
                    new RouteTable.Setting("/api/v1/nobody", Optional.of(Duration.ofMinutes(1)), Optional.empty())),
            Duration.ofSeconds(15), 1_000_000L);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/v1/schemes, offender",
            "/api/v1/schemes/6f1c2a52, offender",
            "/api/v1/offenders/42/decisions, offender",
            "/api/v1/scoring/evaluations, scoring",
            "/api/v1/offenders/special, special",
            "/api/v1/offenders/special/x, special",
            "/api/v1/offenders/specialist, offender",
            "/api/v1/schemesx, NONE",
            "/api/v1, NONE",
            "/api/v2/schemes, NONE",
            "/api/v1/scoring/../schemes, NONE",
            "'', NONE"})
    void routesByTheLongestWholeSegmentPrefix(String path, String service) {
        assertEquals(service, services.match(path).map(RouteTable.Route::service).orElse("NONE"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}, {3} s, {4} bytes")
    @CsvSource({
            "/api/v1/schemes,               offender, /api/v1/schemes,   15,  1000000",
            "/api/v1/areas,                 hotspot,  /api/v1/areas,     60,  1000000",
            "/api/v1/offences/bulk,         offender, /api/v1/offences,  60,  2000000",
            "/api/v1/offences/bulk/7,       offender, /api/v1/offences,  60,  2000000",
            "/api/v1/offences/bulkx,        offender, /api/v1/offences,  15,  1000000",
            "/api/v1/incidents/import,      hotspot,  /api/v1/incidents, 600, 100000000",
            "/api/v1/incidents/import/x,    hotspot,  /api/v1/incidents, 600, 100000000",
            "/api/v1/incidents,             hotspot,  /api/v1/incidents, 60,  100000000"})
    void aSettingsValuesComeFromTheLongestPrefixSettingThemThenTheServiceThenTheDefault(
            String path, String service, String prefix, int seconds, long bytes) {
        RouteTable.Route route = settings.match(path).orElseThrow();
        assertEquals(new RouteTable.Route(service, prefix, Duration.ofSeconds(seconds), bytes), route);
        assertEquals(bytes, settings.maxBodyBytes(path));
    }

    @Test
    void aSettingNoServiceOwnsRoutesNowhereAndAnUnknownPathHasTheDefaultLimit() {
        assertEquals(Optional.empty(), settings.match("/api/v1/nobody/x"));
        assertEquals(1_000_000L, settings.maxBodyBytes("/api/v1/nobody/x"));
    }

    @Test
    void rejectsTwoServicesOnOnePrefixAndMalformedPrefixes() {
        assertThrows(IllegalArgumentException.class, () -> table(new RouteTable.Owner("/api/v1/x", "a", NONE), new RouteTable.Owner("/api/v1/x", "b", NONE)));
        assertThrows(IllegalArgumentException.class, () -> table(new RouteTable.Owner("/api/v1/x/", "a", NONE)));
        assertThrows(IllegalArgumentException.class, () -> table(new RouteTable.Owner("api/v1/x", "a", NONE)));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(),
                List.of(new RouteTable.Setting("/api/v1/x/", NONE, Optional.of(1L))), Duration.ofSeconds(1), 1));
    }

    private static RouteTable table(RouteTable.Owner... owners) {
        return new RouteTable(List.of(owners), List.of(), Duration.ofSeconds(15), 1_000_000L);
    }
}
