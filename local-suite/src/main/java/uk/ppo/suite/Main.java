package uk.ppo.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code java -cp "local-suite/target/local-suite-*.jar:local-suite/target/lib/*" uk.ppo.suite.Main [--fresh] [--replicas N]}: starts the suite (N of each service and of the
 * gateway behind a local round-robin; default 1), prints where it is,
 * and runs until it gets SIGINT/SIGTERM, then stops every process it started. {@code ./run.sh} wraps it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        int replicas = 1;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--replicas") && i + 1 < options.size() && options.get(i + 1).matches("[1-9]")) {
                replicas = Integer.parseInt(options.get(++i));
            } else if (!option.equals("--fresh")) {
                System.err.println("Unknown option " + option + ". Usage: local-suite [--fresh] [--replicas 1-9]");
                System.exit(2);
            }
        }
        Path root = Path.of(System.getProperty("ppo.root", ".")).toAbsolutePath().normalize();
        SuiteConfig config = SuiteConfig.fromEnvironment(root, System.getenv()).withReplicas(replicas);
        Path readyFile = config.dataDirectory().resolve("suite.ready");
        if (options.contains("--fresh")) {
            Suite.log("Fresh start: deleting the data in " + config.dataDirectory());
            LocalPostgres.stopStaleServer(config.dataDirectory().resolve("postgres"));
            deleteStateKeepingLauncherFiles(config.dataDirectory());
        }
        Files.createDirectories(config.dataDirectory());
        Files.deleteIfExists(readyFile);

        CountDownLatch stopped = new CountDownLatch(1);
        Suite[] running = new Suite[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Suite.log("Stopping the suite");
            try {
                Files.deleteIfExists(readyFile);
            } catch (IOException ignored) {
                // the next start deletes it too
            }
            synchronized (running) {
                if (running[0] != null) {
                    running[0].close();
                }
            }
            stopped.countDown();
            Suite.log("Stopped");
        }, "ppo-suite-stop"));

        Suite suite = Suite.prepare(config);
        synchronized (running) {
            running[0] = suite;
        }
        try {
            suite.start();
        } catch (RuntimeException e) {
            System.err.println("[ppo-suite] Start failed: " + e.getMessage());
            System.exit(1);
            return;
        }
        String banner = banner(config);
        System.out.println(banner);
        Files.writeString(readyFile, banner);
        stopped.await();
    }

    static String banner(SuiteConfig c) {
        return """

                PPO suite is running.
                  Gateway (all APIs)   %1$s/api/v1/...
                  Swagger UI           %1$s/q/swagger-ui
                  Gateway health       %1$s/q/health/ready
                  Keycloak admin       %2$s/admin  (user %3$s, password %4$s)
                  Services             offender %5$d, scoring %6$d, hotspot %7$d, action-plan %8$d%12$s
                  PostgreSQL           localhost:%9$d, database ppo (data in %10$s)
                  Logs                 %11$s

                Sample users (realm ppo, password ppo-local): ada.admin, cora.coordinator, maya.manager,
                  oscar.officer, ann.analyst, aud.auditor, dora.dpo, sam.scoped (coordinator limited to HASTINGS)
                Get a token:
                  curl -s -d grant_type=password -d client_id=ppo-cli -d username=cora.coordinator \\
                       -d password=ppo-local %2$s/realms/ppo/protocol/openid-connect/token
                """.formatted(c.gatewayUrl(), c.keycloakUrl(), SuiteProcesses.KEYCLOAK_ADMIN, SuiteProcesses.KEYCLOAK_ADMIN_PASSWORD,
                c.offenderPort(), c.scoringPort(), c.hotspotPort(), c.actionPlanPort(), c.postgresPort(),
                c.dataDirectory(), c.dataDirectory().resolve("logs"),
                c.replicas() == 1 ? "" : "\n  Replicas             " + c.replicas() + " of each service and of the gateway, round-robin"
                        + " (replica ports: the port above + " + SuiteConfig.REPLICA_PORT_OFFSET + " + "
                        + SuiteConfig.REPLICA_PORT_STEP + " x replica)");
    }

    /** Everything but run.sh's own pid file and the launcher log it is writing to. */
    static void deleteStateKeepingLauncherFiles(Path dataDirectory) throws IOException {
        if (!Files.exists(dataDirectory)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dataDirectory)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                // pids/ lets the next start stop processes an interrupted launcher left behind
                if (name.equals("launcher.pid") || name.equals("pids")) {
                    continue;
                }
                if (name.equals("logs")) {
                    try (Stream<Path> logs = Files.list(entry)) {
                        for (Path log : logs.filter(l -> !l.getFileName().toString().equals("launcher.log")).toList()) {
                            deleteRecursively(log);
                        }
                    }
                    continue;
                }
                deleteRecursively(entry);
            }
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
