package uk.ppo.suite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./mvnw -pl <service> quarkus:dev} runs against a suite started by {@code ./run.sh}: every setting the launcher
 * gives a service or the gateway ({@link ServiceSettings}, with run.sh's default ports) is what the module's
 * {@code %dev} profile resolves to, passwords read from the same secrets file under the roles' names; only the port
 * differs, and no dev port is one the suite uses.
 */
class DevProfileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SECRET = Pattern.compile("\\$\\{ppo\\.local-suite\\.secrets\\.([a-z_]+)}");
    /** Set by the launcher for its own run only: its port and interface, and the sample data. */
    private static final Set<String> LAUNCH_ONLY = Set.of("quarkus.http.port", "quarkus.http.host", "ppo.sample-data.enabled");

    @TempDir
    Path data;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Suite.Service.class)
    void aServiceInDevModeUsesTheRunningSuitesDatabaseRolesKeycloakAndServices(Suite.Service service) {
        SuiteConfig config = runShDefaults();
        Map<String, String> launcher = ServiceSettings.of(service, config, SuiteSecrets.loadOrCreate(data));
        assertDevProfileMatches(service.module(), launcher);
        assertTrue(launcher.containsKey("quarkus.datasource.password"));
    }

    @Test
    void theGatewayInDevModeRoutesToTheRunningSuitesServices() {
        assertDevProfileMatches("gateway", ServiceSettings.gateway(runShDefaults()));
    }

    @Test
    void everyDevPortIsItsOwnAndNoneOfTheSuites() {
        SuiteConfig config = runShDefaults();
        Set<Integer> suitePorts = Set.of(config.gatewayPort(), config.offenderPort(), config.scoringPort(), config.hotspotPort(),
                config.actionPlanPort(), config.keycloakPort(), config.keycloakPort() + 10, config.postgresPort());
        Set<Integer> devPorts = new HashSet<>();
        for (String module : List.of("gateway", "offender-service", "scoring-service", "hotspot-service", "action-plan-service")) {
            int port = Integer.parseInt(properties(module + "/src/main/resources/application.properties").getProperty("%dev.quarkus.http.port"));
            assertFalse(suitePorts.contains(port), module + "'s dev port " + port + " is the suite's");
            assertTrue(devPorts.add(port), module + "'s dev port " + port + " is another module's");
        }
    }

    private SuiteConfig runShDefaults() {
        return SuiteConfig.fromEnvironment(ROOT, Map.of("PPO_DATA_DIR", data.toString()));
    }

    private void assertDevProfileMatches(String module, Map<String, String> launcher) {
        Properties own = properties(module + "/src/main/resources/application.properties");
        Properties common = properties("common/src/main/resources/META-INF/microprofile-config.properties");
        SuiteSecrets.loadOrCreate(data);
        Properties secrets = properties(data.resolve(SuiteSecrets.FILE_NAME));
        launcher.forEach((key, value) -> {
            if (!LAUNCH_ONLY.contains(key)) {
                assertEquals(value, resolve(devValue(key, own, common), secrets), module + " %dev " + key);
            }
        });
    }

    private static String devValue(String key, Properties own, Properties common) {
        for (Properties source : List.of(own, common)) {
            String value = source.getProperty("%dev." + key, source.getProperty(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A password named as {@code ${ppo.local-suite.secrets.<role>}}, as common's LocalSuiteSecretsSource reads it. */
    private static String resolve(String value, Properties secrets) {
        if (value == null) {
            return null;
        }
        Matcher secret = SECRET.matcher(value);
        return secret.matches() ? secrets.getProperty(secret.group(1)) : value;
    }

    private static Properties properties(String file) {
        return properties(ROOT.resolve(file));
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
