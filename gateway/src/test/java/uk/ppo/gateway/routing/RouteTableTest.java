package uk.ppo.gateway.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            new RouteTable.Route("/api/v1/schemes", "offender"),
            new RouteTable.Route("/api/v1/offenders", "offender"),
            new RouteTable.Route("/api/v1/scoring", "scoring"),
            new RouteTable.Route("/api/v1/offenders/special", "special")));

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
        assertEquals(service, table.match(path).map(RouteTable.Route::service).orElse("NONE"));
    }

    @Test
    void rejectsTwoServicesOnOnePrefixAndMalformedPrefixes() {
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(
                new RouteTable.Route("/api/v1/x", "a"), new RouteTable.Route("/api/v1/x", "b"))));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(new RouteTable.Route("/api/v1/x/", "a"))));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(new RouteTable.Route("api/v1/x", "a"))));
    }
}
