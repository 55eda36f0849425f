package uk.ppo.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole suite on one machine, started in order and stopped together: PostgreSQL, Keycloak with the committed
 * realm ({@link KeycloakRealm}), the four services and the gateway ({@link SuiteProcesses}), with the local run's
 * passwords ({@link SuiteSecrets}); with more than one replica, each service and the gateway that many times behind
 * a local round-robin on the port callers know ({@link LocalBalancer}). Used by {@code ./run.sh} (through {@link Main}) and by the system tests, which
 * reach its outage hooks through {@link SuiteControl}.
 */
public final class Suite implements SuiteControl {

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

    // Generous: Keycloak builds itself on its first start, which on a busy 2-core machine took over 5 minutes (and over
    // 10 with two replicas of everything starting beside it at a load average of 50: -Dppo.suite.start-timeout=PT20M).
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("ppo.suite.start-timeout", "PT10M"));

    private final SuiteConfig config;
    private final SuiteSecrets secrets;
    private final SuiteProcesses processes;
    private final Map<Service, List<ManagedProcess>> services = new LinkedHashMap<>();
    private final List<ManagedProcess> gateways = new ArrayList<>();
    private LocalPostgres postgres;
    private LocalBalancer balancer;
    private ManagedProcess keycloak;
    private volatile boolean closed;

    private Suite(SuiteConfig config) {
        this.config = config;
        this.secrets = SuiteSecrets.loadOrCreate(config.dataDirectory());
        this.processes = new SuiteProcesses(config, secrets);
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

    @Override
    public SuiteConfig config() {
        return config;
    }

    private void startAll() {
        requireBuilt();
        log("Starting PostgreSQL on port " + config.postgresPort() + " (data in " + postgresData() + ")");
        postgres = LocalPostgres.startPersistent(postgresData(), config.postgresPort());
        for (Service service : Service.values()) {
            postgres.provision(LocalPostgres.DATABASE, secrets.database(service));
        }
        KeycloakRealm.prepareImport(config, postgres, secrets);
        if (config.replicas() > 1) {
            startBalancer();
        }

        log("Starting Keycloak on port " + config.keycloakPort() + " (the first start builds it: about a minute)");
        keycloak = processes.keycloak();
        startUnlessClosed(keycloak);
        // one replica of every service at a time: the first migrates the schema and loads the sample data alone
        for (int replica = 0; replica < config.replicas(); replica++) {
            List<ManagedProcess> wave = new ArrayList<>();
            for (Service service : Service.values()) {
                ManagedProcess process = processes.service(service, replica);
                services.computeIfAbsent(service, s -> new ArrayList<>()).add(process);
                wave.add(process);
                startUnlessClosed(process);
            }
            if (replica == 0) {
                keycloak.awaitReady(START_TIMEOUT);
                log("Keycloak ready");
            }
            for (ManagedProcess process : wave) {
                process.awaitReady(START_TIMEOUT);
                log(process.name() + " ready on " + process.readyUrl().getPort());
            }
        }
        for (int replica = 0; replica < config.replicas(); replica++) {
            ManagedProcess gateway = processes.gateway(replica);
            gateways.add(gateway);
            startUnlessClosed(gateway);
        }
        for (ManagedProcess gateway : gateways) {
            gateway.awaitReady(START_TIMEOUT);
            log(gateway.name() + " ready on " + gateway.readyUrl().getPort());
        }
    }

    private void startBalancer() {
        balancer = new LocalBalancer();
        balancer.balance("0.0.0.0", config.gatewayPort(), config.replicaPorts(config.gatewayPort()));
        for (Service service : Service.values()) {
            balancer.balance("127.0.0.1", service.port(config), config.replicaPorts(service.port(config)));
        }
        log(config.replicas() + " replicas of each service and of the gateway, round-robin behind their usual ports");
    }


    private void startUnlessClosed(ManagedProcess process) {
        if (closed) {
            throw new IllegalStateException("Stopped while starting");
        }
        process.start();
    }

    @Override
    public void stopService(Service service) {
        services.get(service).forEach(ManagedProcess::stop);
    }

    @Override
    public void killService(Service service) {
        services.get(service).forEach(ManagedProcess::kill);
    }

    @Override
    public void killReplica(Service service, int replica) {
        services.get(service).get(replica).kill();
    }

    @Override
    public void restartService(Service service) {
        List<ManagedProcess> replicas = services.get(service);
        replicas.forEach(ManagedProcess::stop);
        replicas.forEach(ManagedProcess::start);
        replicas.forEach(process -> process.awaitReady(START_TIMEOUT));
    }

    @Override
    public void stopKeycloak() {
        keycloak.stop();
    }

    @Override
    public void startKeycloak() {
        keycloak.start();
        keycloak.awaitReady(START_TIMEOUT);
    }

    @Override
    public synchronized void stopPostgres() {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    @Override
    public synchronized void startPostgres() {
        if (postgres == null) {
            postgres = LocalPostgres.startPersistent(postgresData(), config.postgresPort());
        }
    }

    @Override
    public void awaitReady(Duration timeout) {
        keycloak.awaitReady(timeout);
        services.values().forEach(replicas -> replicas.forEach(process -> process.awaitReady(timeout)));
        gateways.forEach(process -> process.awaitReady(timeout));
    }

    @Override
    public long servicePid(Service service) {
        return servicePid(service, 0);
    }

    @Override
    public long servicePid(Service service, int replica) {
        return services.get(service).get(replica).pid();
    }

    @Override
    public long gatewayPid() {
        return gateways.get(0).pid();
    }

    @Override
    public String serviceUrl(Service service) {
        return ServiceSettings.serviceUrl(config, service);
    }

    @Override
    public String replicaUrl(Service service, int replica) {
        return "http://localhost:" + config.replicaPort(service.port(config), replica);
    }

    @Override
    public Map<String, String> databaseAccess(Service service) {
        ServiceDatabase db = secrets.database(service);
        return Map.of("url", LocalPostgres.jdbcUrl(config.postgresPort(), LocalPostgres.DATABASE), "user", db.role(),
                "password", db.password(), "owner", db.owner(), "ownerPassword", db.ownerPassword());
    }

    @Override
    public void close() {
        closed = true;
        List<Runnable> stops = new ArrayList<>();
        gateways.forEach(p -> stops.add(p::stop));
        services.values().forEach(replicas -> replicas.forEach(p -> stops.add(p::stop)));
        if (keycloak != null) {
            stops.add(keycloak::stop);
        }
        stops.parallelStream().forEach(Runnable::run);
        if (balancer != null) {
            balancer.close();
            balancer = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private void requireBuilt() {
        List<Path> required = new ArrayList<>();
        required.add(config.keycloakHome().resolve("bin/kc.sh"));
        required.add(processes.runnerJar("gateway"));
        for (Service service : Service.values()) {
            required.add(processes.runnerJar(service.module()));
        }
        List<Path> missing = required.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not built yet: " + missing + ". Run ./run.sh (it builds) or ./mvnw package -DskipTests.");
        }
    }

    private Path postgresData() {
        return config.dataDirectory().resolve("postgres");
    }

    static void log(String message) {
        System.out.println("[ppo-suite] " + message);
    }
}
