package uk.ppo.suite;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes of the suite, not yet started: Keycloak ({@code kc.sh start-dev} on the suite's PostgreSQL), and each
 * service and the gateway as a JVM running its Quarkus jar with {@link ServiceSettings} as system properties, one per
 * replica.
 */
final class SuiteProcesses {

    static final String KEYCLOAK_ADMIN = "admin";
    static final String KEYCLOAK_ADMIN_PASSWORD = "ppo-local";

    private final SuiteConfig config;
    private final SuiteSecrets secrets;

    SuiteProcesses(SuiteConfig config, SuiteSecrets secrets) {
        this.config = config;
        this.secrets = secrets;
    }

    ManagedProcess keycloak() {
        Path home = config.keycloakHome();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", KEYCLOAK_ADMIN_PASSWORD);
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--import-realm",
                "--http-port=" + config.keycloakPort(),
                "--http-management-port=" + (config.keycloakPort() + 10),
                "--db=postgres",
                "--db-url=" + LocalPostgres.jdbcUrl(config.postgresPort(), SuiteSecrets.KEYCLOAK_DATABASE),
                "--db-username=" + SuiteSecrets.KEYCLOAK_DATABASE,
                "--db-password=" + secrets.keycloakDatabasePassword());
        return new ManagedProcess("keycloak", command, env, home, config.dataDirectory(),
                URI.create(config.issuer() + "/.well-known/openid-configuration"));
    }

    /** Replica {@code replica} (from 0) of a service. */
    ManagedProcess service(Suite.Service service, int replica) {
        return quarkus(service.module(), replica, ServiceSettings.of(service, replica, config, secrets),
                config.replicaPort(service.port(config), replica));
    }

    /** Replica {@code replica} (from 0) of the gateway. */
    ManagedProcess gateway(int replica) {
        return quarkus("gateway", replica, ServiceSettings.gateway(replica, config), config.replicaPort(config.gatewayPort(), replica));
    }

    /** Where a module's runnable Quarkus application is once built. */
    Path runnerJar(String module) {
        return config.projectRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The first replica keeps the module's name (its log and pid file are those of a single-replica run). */
    private ManagedProcess quarkus(String module, int replica, Map<String, String> properties, int port) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(runnerJar(module).toString());
        String name = replica == 0 ? module : module + "-" + (replica + 1);
        return new ManagedProcess(name, command, Map.of(), config.projectRoot().resolve(module),
                config.dataDirectory(), URI.create("http://localhost:" + port + "/q/health/ready"));
    }
}
