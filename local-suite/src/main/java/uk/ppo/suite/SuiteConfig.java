package uk.ppo.suite;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local suite lives and which ports it uses. Defaults are the fixed ports of the README;
 * each can be overridden by an environment variable ({@code PPO_GATEWAY_PORT}, {@code PPO_OFFENDER_PORT},
 * {@code PPO_SCORING_PORT}, {@code PPO_HOTSPOT_PORT}, {@code PPO_ACTION_PLAN_PORT}, {@code PPO_KEYCLOAK_PORT},
 * {@code PPO_POSTGRES_PORT}); {@code PPO_DATA_DIR} moves the data.
 */
public record SuiteConfig(
        Path projectRoot,
        Path dataDirectory,
        int gatewayPort,
        int offenderPort,
        int scoringPort,
        int hotspotPort,
        int actionPlanPort,
        int keycloakPort,
        int postgresPort,
        boolean sampleData) {

    public static SuiteConfig fromEnvironment(Path projectRoot, Map<String, String> env) {
        Path data = env.containsKey("PPO_DATA_DIR") ? Path.of(env.get("PPO_DATA_DIR"))
                : Path.of(System.getProperty("user.home"), ".ppo-suite");
        return new SuiteConfig(projectRoot.toAbsolutePath().normalize(), data.toAbsolutePath().normalize(),
                port(env, "PPO_GATEWAY_PORT", 8080),
                port(env, "PPO_OFFENDER_PORT", 8081),
                port(env, "PPO_SCORING_PORT", 8082),
                port(env, "PPO_HOTSPOT_PORT", 8083),
                port(env, "PPO_ACTION_PLAN_PORT", 8084),
                port(env, "PPO_KEYCLOAK_PORT", 8180),
                port(env, "PPO_POSTGRES_PORT", 5433),
                !"false".equals(env.get("PPO_SAMPLE_DATA")));
    }

    /** The same layout on a block of ports starting at {@code base} (gateway), e.g. for the system tests. */
    public static SuiteConfig onPortBlock(Path projectRoot, Path dataDirectory, int base, boolean sampleData) {
        return new SuiteConfig(projectRoot.toAbsolutePath().normalize(), dataDirectory.toAbsolutePath().normalize(),
                base, base + 1, base + 2, base + 3, base + 4, base + 100, base + 200, sampleData);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, was '" + value + "'");
        }
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String issuer() {
        return keycloakUrl() + "/realms/ppo";
    }

    Path keycloakHome() {
        return projectRoot.resolve("local-suite/target/keycloak/keycloak-" + Versions.KEYCLOAK);
    }

    Path realmFile() {
        return projectRoot.resolve("keycloak/realm-ppo.json");
    }
}
