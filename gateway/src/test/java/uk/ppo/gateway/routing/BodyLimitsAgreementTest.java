package uk.ppo.gateway.routing;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The gateway's route table is the home of the request body limits; each service reads its own from its configuration.
 * This compares them, so that they cannot drift: a service takes exactly the largest body any of its routes takes
 * ({@code quarkus.http.limits.max-body-size}, common's 1 MB unless the service sets its own), hotspot-service's per-path
 * limits are the gateway's for the same paths, and the gateway's own ceiling is the largest route limit.
 */
class BodyLimitsAgreementTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Properties GATEWAY = properties("gateway/src/main/resources/application.properties");
    private static final RouteTable TABLE = table(GATEWAY);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"offender", "scoring", "hotspot", "action-plan"})
    void eachServiceTakesTheLargestBodyOfItsRoutes(String service) {
        long largest = TABLE.routes().stream().filter(route -> route.service().equals(service))
                .mapToLong(RouteTable.Route::maxBodyBytes).max().orElseThrow();
        assertEquals(Math.max(largest, defaultLimit()), serviceLimit(service), service + "-service's quarkus.http.limits.max-body-size");
    }

    @Test
    void hotspotsPerPathLimitsAreTheGatewaysForThePath() {
        Properties hotspot = properties("hotspot-service/src/main/resources/application.properties");
        assertEquals(defaultLimit(), bytes(hotspot.getProperty("ppo.hotspot.body-limits.json")));
        assertEquals(TABLE.maxBodyBytes("/api/v1/areas/boundaries"), bytes(hotspot.getProperty("ppo.hotspot.body-limits.boundaries")));
    }

    @Test
    void theGatewaysCeilingIsTheLargestRouteLimit() {
        long largest = TABLE.routes().stream().mapToLong(RouteTable.Route::maxBodyBytes).max().orElseThrow();
        assertEquals(largest, bytes(GATEWAY.getProperty("quarkus.http.limits.max-body-size")));
    }

    private static long defaultLimit() {
        return bytes(GATEWAY.getProperty("ppo.gateway.default-max-body-size"));
    }

    private static long serviceLimit(String service) {
        String own = properties(service + "-service/src/main/resources/application.properties").getProperty("quarkus.http.limits.max-body-size");
        return bytes(own != null ? own
                : properties("common/src/main/resources/META-INF/microprofile-config.properties").getProperty("quarkus.http.limits.max-body-size"));
    }

    /** The table as {@link RouteTable#of} builds it, from the committed properties rather than a running gateway. */
    private static RouteTable table(Properties gateway) {
        List<RouteTable.Owner> owners = new ArrayList<>();
        List<RouteTable.Setting> settings = new ArrayList<>();
        for (String key : gateway.stringPropertyNames()) {
            String[] parts = key.split("\\.");
            if (key.startsWith("ppo.gateway.services.") && key.endsWith(".prefixes")) {
                Arrays.stream(gateway.getProperty(key).split(",")).forEach(prefix -> owners.add(new RouteTable.Owner(prefix.trim(), parts[3], Optional.empty())));
            }
            if (key.startsWith("ppo.gateway.routes.") && key.endsWith(".prefix")) {
                String size = gateway.getProperty("ppo.gateway.routes." + parts[3] + ".max-body-size");
                settings.add(new RouteTable.Setting(gateway.getProperty(key), Optional.empty(), Optional.ofNullable(size).map(BodyLimitsAgreementTest::bytes)));
            }
        }
        return new RouteTable(owners, settings, Duration.ofSeconds(15), defaultLimit());
    }

    private static long bytes(String size) {
        return new MemorySizeConverter().convert(size).asLongValue();
    }

    private static Properties properties(String file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve(file))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
