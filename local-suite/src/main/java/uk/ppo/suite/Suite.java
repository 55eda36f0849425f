package uk.ppo.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The whole suite on one machine: PostgreSQL, Keycloak with the committed realm, the four services
 * and the gateway. Used by {@code ./run.sh} (through {@link Main}) and by the system tests.
 */
public final class Suite implements AutoCloseable {

    /** The services in start order, with the schema each owns. The gateway comes last. */
    public enum Service {
        OFFENDER("offender-service", "offender"),
        SCORING("scoring-service", "scoring"),
        HOTSPOT("hotspot-service", "hotspot"),
        ACTION_PLAN("action-plan-service", "action_plan");

        private final String module;
        private final String schema;

        Service(String module, String schema) {
            this.module = module;
            this.schema = schema;
        }

        public String module() {
            return module;
        }

        public String schema() {
            return schema;
        }

        /** The gateway's key for this service in {@code ppo.gateway.services.<key>.url}. */
        String gatewayKey() {
            return module.replace("-service", "");
        }

        int port(SuiteConfig config) {
            return switch (this) {
                case OFFENDER -> config.offenderPort();
                case SCORING -> config.scoringPort();
                case HOTSPOT -> config.hotspotPort();
                case ACTION_PLAN -> config.actionPlanPort();
            };
        }
    }

    /** The scoring-service client's secret in the committed realm export: local runs only, never production. */
    static final String SCORING_CLIENT_LOCAL_SECRET = "scoring-service-local-secret";
    /** The action-plan-service client's secret in the committed realm export: local runs only, never production. */
    static final String ACTION_PLAN_CLIENT_LOCAL_SECRET = "action-plan-service-local-secret";
    /** The offender-service client's secret in the committed realm export: local runs only, never production. */
    static final String OFFENDER_CLIENT_LOCAL_SECRET = "offender-service-local-secret";
    static final String KEYCLOAK_ADMIN = "admin";
    static final String KEYCLOAK_ADMIN_PASSWORD = "ppo-local";
    private static final String KEYCLOAK_DATABASE = "keycloak";
    // Generous: Keycloak builds itself on its first start, which on a busy 2-core machine took over 5 minutes.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final SuiteConfig config;
    private final Properties secrets;
    private final Map<Service, ManagedProcess> services = new LinkedHashMap<>();
    private LocalPostgres postgres;
    private ManagedProcess keycloak;
    private ManagedProcess gateway;
    private volatile boolean closed;

    private Suite(SuiteConfig config) {
        this.config = config;
        this.secrets = loadOrCreateSecrets(config.dataDirectory().resolve("secrets.properties"));
    }

    /** Starts everything and returns when the gateway, Keycloak and every service are ready. */
    public static Suite start(SuiteConfig config) {
        Suite suite = prepare(config);
        suite.start();
        return suite;
    }

    /** A suite not yet started: register it for shutdown first, so a stop during start-up stops what started. */
    public static Suite prepare(SuiteConfig config) {
        return new Suite(config);
    }

    /** Starts everything (see {@link #start(SuiteConfig)}); on failure stops what had started. */
    public void start() {
        try {
            startAll();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public SuiteConfig config() {
        return config;
    }

    private void startAll() {
        requireBuilt();
        log("Starting PostgreSQL on port " + config.postgresPort() + " (data in " + postgresData() + ")");
        postgres = LocalPostgres.startPersistent(postgresData(), config.postgresPort());
        for (Service service : Service.values()) {
            postgres.provision(LocalPostgres.DATABASE, database(service));
        }
        prepareKeycloakDatabase();

        log("Starting Keycloak on port " + config.keycloakPort() + " (the first start builds it: about a minute)");
        keycloak = keycloakProcess();
        startUnlessClosed(keycloak);
        for (Service service : Service.values()) {
            ManagedProcess process = serviceProcess(service);
            services.put(service, process);
            startUnlessClosed(process);
        }
        keycloak.awaitReady(START_TIMEOUT);
        log("Keycloak ready");
        for (ManagedProcess process : services.values()) {
            process.awaitReady(START_TIMEOUT);
            log(process.name() + " ready on " + process.readyUrl().getPort());
        }
        gateway = gatewayProcess();
        startUnlessClosed(gateway);
        gateway.awaitReady(START_TIMEOUT);
        log("gateway ready on " + config.gatewayPort());
    }

    private void startUnlessClosed(ManagedProcess process) {
        if (closed) {
            throw new IllegalStateException("Stopped while starting");
        }
        process.start();
    }

    /** Stops one service (the system tests use this to see the gateway answer 503). */
    public void stopService(Service service) {
        services.get(service).stop();
    }

    /** Kills one service as a crash would. */
    public void killService(Service service) {
        services.get(service).kill();
    }

    /** Starts a stopped service again and waits until it is ready. */
    public void restartService(Service service) {
        ManagedProcess process = services.get(service);
        process.stop();
        process.start();
        process.awaitReady(START_TIMEOUT);
    }

    /** Stops Keycloak (the system tests use this to see what still works without it). */
    public void stopKeycloak() {
        keycloak.stop();
    }

    /** Starts Keycloak again (its realm is already in its database) and waits until it is ready. */
    public void startKeycloak() {
        keycloak.start();
        keycloak.awaitReady(START_TIMEOUT);
    }

    /** Stops PostgreSQL (fast shutdown: open connections are cut), leaving its data in place. */
    public synchronized void stopPostgres() {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Starts PostgreSQL again on the same port with the same data; the services are not told. */
    public synchronized void startPostgres() {
        if (postgres == null) {
            postgres = LocalPostgres.startPersistent(postgresData(), config.postgresPort());
        }
    }

    /** Waits until Keycloak, every service and the gateway answer ready (e.g. after an outage). */
    public void awaitReady(Duration timeout) {
        keycloak.awaitReady(timeout);
        services.values().forEach(process -> process.awaitReady(timeout));
        gateway.awaitReady(timeout);
    }

    /** The process id of a running service's JVM (the benchmarks watch its JIT compiler threads). */
    public long servicePid(Service service) {
        return services.get(service).pid();
    }

    /** The process id of the running gateway's JVM. */
    public long gatewayPid() {
        return gateway.pid();
    }

    public String serviceUrl(Service service) {
        return "http://localhost:" + service.port(config);
    }

    /**
     * JDBC URL and credentials of a service's runtime role ({@code user}, {@code password}), for tests that
     * check what is stored, and of its owner role ({@code owner}, {@code ownerPassword}), for tests that play
     * someone with the schema owner's rights tampering with the audit trail.
     */
    public Map<String, String> databaseAccess(Service service) {
        ServiceDatabase db = database(service);
        return Map.of("url", jdbcUrl(), "user", db.role(), "password", db.password(),
                "owner", db.owner(), "ownerPassword", db.ownerPassword());
    }

    @Override
    public void close() {
        closed = true;
        List<Runnable> stops = new ArrayList<>();
        if (gateway != null) {
            stops.add(gateway::stop);
        }
        services.values().forEach(p -> stops.add(p::stop));
        if (keycloak != null) {
            stops.add(keycloak::stop);
        }
        stops.parallelStream().forEach(Runnable::run);
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private void requireBuilt() {
        List<Path> required = new ArrayList<>();
        required.add(config.keycloakHome().resolve("bin/kc.sh"));
        required.add(runnerJar("gateway"));
        for (Service service : Service.values()) {
            required.add(runnerJar(service.module()));
        }
        List<Path> missing = required.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not built yet: " + missing + ". Run ./run.sh (it builds) or ./mvnw package -DskipTests.");
        }
    }

    private Path runnerJar(String module) {
        return config.projectRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Path postgresData() {
        return config.dataDirectory().resolve("postgres");
    }

    private String jdbcUrl() {
        return postgres.jdbcUrl(LocalPostgres.DATABASE);
    }

    private ServiceDatabase database(Service service) {
        return ServiceDatabase.forSchema(service.schema(), secret(ServiceDatabase.runtimeRole(service.schema())),
                secret(ServiceDatabase.ownerRole(service.schema())));
    }

    /**
     * Keycloak keeps its state in its own database. It imports the realm only when the realm does not
     * exist yet, so when the committed realm file changes, its database starts again empty.
     */
    private void prepareKeycloakDatabase() {
        String realm;
        try {
            realm = realmForGateway(Files.readString(config.realmFile(), StandardCharsets.UTF_8), config.gatewayPort());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + config.realmFile(), e);
        }
        String realmHash = sha256(realm.getBytes(StandardCharsets.UTF_8));
        Path hashFile = config.dataDirectory().resolve("keycloak-realm.sha256");
        postgres.createRole(KEYCLOAK_DATABASE, secret(KEYCLOAK_DATABASE));
        try {
            String imported = Files.exists(hashFile) ? Files.readString(hashFile).trim() : "";
            if (!realmHash.equals(imported)) {
                log(imported.isEmpty() ? "Importing the ppo realm" : "The realm file changed: re-importing the ppo realm");
                postgres.recreateDatabase(KEYCLOAK_DATABASE, KEYCLOAK_DATABASE);
                Files.writeString(hashFile, realmHash);
            }
            Path importDir = config.keycloakHome().resolve("data/import");
            Files.createDirectories(importDir);
            Files.writeString(importDir.resolve("realm-ppo.json"), realm, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare Keycloak's realm import", e);
        }
    }

    private ManagedProcess keycloakProcess() {
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
                "--db-url=" + postgres.jdbcUrl(KEYCLOAK_DATABASE),
                "--db-username=" + KEYCLOAK_DATABASE,
                "--db-password=" + secret(KEYCLOAK_DATABASE));
        return new ManagedProcess("keycloak", command, env, home, config.dataDirectory(),
                URI.create(config.issuer() + "/.well-known/openid-configuration"));
    }

    private ManagedProcess serviceProcess(Service service) {
        ServiceDatabase db = database(service);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", Integer.toString(service.port(config)));
        // only the gateway faces the network in the local run
        properties.put("quarkus.http.host", "127.0.0.1");
        properties.put("quarkus.datasource.jdbc.url", jdbcUrl());
        properties.put("quarkus.datasource.username", db.role());
        properties.put("quarkus.datasource.password", db.password());
        // Flyway migrates as the schema's owner; the service itself runs as the runtime role
        properties.put("quarkus.flyway.username", db.owner());
        properties.put("quarkus.flyway.password", db.ownerPassword());
        properties.put("quarkus.oidc.auth-server-url", config.issuer());
        if (config.sampleData()) {
            properties.put("ppo.sample-data.enabled", "true");
        }
        if (service == Service.OFFENDER) {
            // disposals and subject-access requests reach the other services that hold records about people
            properties.put("ppo.data-protection.scoring-service.url", serviceUrl(Service.SCORING));
            properties.put("ppo.data-protection.action-plan-service.url", serviceUrl(Service.ACTION_PLAN));
            // offender-service reads and disposes of a person's records in the other services (subject access,
            // disposal) as its own Keycloak client, with the realm export's local-development secret
            properties.put("quarkus.oidc-client.credentials.secret", OFFENDER_CLIENT_LOCAL_SECRET);
            // webhooks: a local partner's receiver may be plain http on this machine (production: https, public addresses)
            properties.put("ppo.webhooks.insecure-hosts", "localhost,127.0.0.1");
            // and whatever ppo.webhooks.* this JVM was given (the system tests shorten the retry intervals and the give-up)
            System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("ppo.webhooks."))
                    .sorted().forEach(name -> properties.put(name, System.getProperty(name)));
        }
        if (service == Service.SCORING) {
            // scoring-service reads offender-service as its own Keycloak client (client credentials);
            // the secret is the realm export's local-development one, as committed in keycloak/realm-ppo.json
            properties.put("quarkus.rest-client.offender-service.url", serviceUrl(Service.OFFENDER));
            properties.put("quarkus.oidc-client.credentials.secret", SCORING_CLIENT_LOCAL_SECRET);
        }
        if (service == Service.ACTION_PLAN) {
            // action-plan-service looks up people's schemes at offender-service, and counts crimes at hotspot-service for
            // the indicators, as its own Keycloak client
            properties.put("quarkus.rest-client.offender-service.url", serviceUrl(Service.OFFENDER));
            properties.put("quarkus.rest-client.hotspot-service.url", serviceUrl(Service.HOTSPOT));
            properties.put("quarkus.oidc-client.credentials.secret", ACTION_PLAN_CLIENT_LOCAL_SECRET);
        }
        return quarkusProcess(service.module(), properties, service.port(config));
    }

    private ManagedProcess gatewayProcess() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", Integer.toString(config.gatewayPort()));
        properties.put("quarkus.oidc.auth-server-url", config.issuer());
        for (Service service : Service.values()) {
            properties.put("ppo.gateway.services." + service.gatewayKey() + ".url", serviceUrl(service));
        }
        return quarkusProcess("gateway", properties, config.gatewayPort());
    }

    private ManagedProcess quarkusProcess(String module, Map<String, String> properties, int port) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(runnerJar(module).toString());
        return new ManagedProcess(module, command, Map.of(), config.projectRoot().resolve(module),
                config.dataDirectory(), URI.create("http://localhost:" + port + "/q/health/ready"));
    }

    private String secret(String key) {
        return secrets.getProperty(key);
    }

    /**
     * Database passwords for the local run are made on first start and kept in the data directory
     * (owner-only), never in git.
     */
    private static Properties loadOrCreateSecrets(Path file) {
        Properties properties = new Properties();
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
            }
            boolean changed = false;
            List<String> keys = new ArrayList<>();
            for (Service service : Service.values()) {
                keys.add(ServiceDatabase.runtimeRole(service.schema()));
                keys.add(ServiceDatabase.ownerRole(service.schema()));
            }
            keys.add(KEYCLOAK_DATABASE);
            SecureRandom random = new SecureRandom();
            for (String key : keys) {
                if (!properties.containsKey(key)) {
                    byte[] bytes = new byte[18];
                    random.nextBytes(bytes);
                    properties.setProperty(key, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                    changed = true;
                }
            }
            if (changed) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    properties.store(out, "Local-run database passwords, generated on first start");
                }
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException("Could not read or write " + file, e);
        }
    }

    /**
     * The committed realm lets the admin console's login return to a gateway on 8080 (./run.sh) or
     * 18080 (the system tests). A suite on another port block (-Dppo.system-test.port-base) adds its own
     * gateway to the console client's redirect URIs, or Keycloak refuses the browser's login.
     */
    static String realmForGateway(String realm, int gatewayPort) {
        String committed = "\"http://localhost:18080/admin/*\"";
        String own = "\"http://localhost:" + gatewayPort + "/admin/*\"";
        if (realm.contains(own) || !realm.contains(committed)) {
            return realm;
        }
        return realm.replace(committed, committed + ", " + own);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void log(String message) {
        System.out.println("[ppo-suite] " + message);
    }
}
