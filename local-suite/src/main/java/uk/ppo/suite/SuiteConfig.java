package uk.ppo.suite;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Where the local suite lives and which ports it uses. Defaults are the fixed ports of the README;
 * each can be overridden by an environment variable ({@code PPO_GATEWAY_PORT}, {@code PPO_OFFENDER_PORT},
 * {@code PPO_SCORING_PORT}, {@code PPO_HOTSPOT_PORT}, {@code PPO_ACTION_PLAN_PORT}, {@code PPO_KEYCLOAK_PORT},
 * {@code PPO_POSTGRES_PORT}); {@code PPO_DATA_DIR} moves the data. With more than one {@code replicas}, each service
 * and the gateway run that many times on ports of their own ({@link #replicaPort}) behind a local round-robin on the
 * port above, so whoever calls them sees one address.
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
        boolean sampleData,
        int replicas) {

    /** Replica {@code r}'s port is the balanced port plus this plus {@code r} times {@link #REPLICA_PORT_STEP}. */
    static final int REPLICA_PORT_OFFSET = 300;
    static final int REPLICA_PORT_STEP = 10;

    public SuiteConfig {
        if (replicas < 1 || replicas > 9) {
            throw new IllegalArgumentException("replicas must be 1 to 9, was " + replicas);
        }
    }

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
                !"false".equals(env.get("PPO_SAMPLE_DATA")), 1);
    }

    /** The same layout on a block of ports starting at {@code base} (gateway), e.g. for the system tests. */
    public static SuiteConfig onPortBlock(Path projectRoot, Path dataDirectory, int base, boolean sampleData) {
        return new SuiteConfig(projectRoot.toAbsolutePath().normalize(), dataDirectory.toAbsolutePath().normalize(),
                base, base + 1, base + 2, base + 3, base + 4, base + 100, base + 200, sampleData, 1);
    }

    /** The same suite with {@code count} replicas of each service and of the gateway. */
    public SuiteConfig withReplicas(int count) {
        return new SuiteConfig(projectRoot, dataDirectory, gatewayPort, offenderPort, scoringPort, hotspotPort,
                actionPlanPort, keycloakPort, postgresPort, sampleData, count);
    }

    /** Where replica {@code replica} (from 0) of what callers reach on {@code balancedPort} listens itself. */
    public int replicaPort(int balancedPort, int replica) {
        return replicas == 1 ? balancedPort : balancedPort + REPLICA_PORT_OFFSET + REPLICA_PORT_STEP * replica;
    }

    /** The ports of every replica of what callers reach on {@code balancedPort}. */
    public List<Integer> replicaPorts(int balancedPort) {
        return IntStream.range(0, replicas).mapToObj(replica -> replicaPort(balancedPort, replica)).toList();
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
