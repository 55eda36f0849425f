package uk.ppo.system;

import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the time of one score run went, for {@link ScoringRunBenchmarkIT} to print: scoring-service's stage timers
 * ({@code ppo_score_run_stage_seconds}), how long offender-service took to serve the scoring feed, the CPU time of
 * the two services and of PostgreSQL, the machine's load, and the run's own log lines.
 */
final class ScoreRunBreakdown {

    private static final String FEED = "scoring-inputs";
    private static final List<String> STAGES = List.of("read", "score", "stage", "complete", "publish", "audit", "proposal");

    private final SuiteControl suite;
    private final JitWatch jvms;
    private final ServiceMetrics scoring;
    private final ServiceMetrics offender;
    private final Map<String, Long> cpu;
    private final long postgres;
    private final String load;

    private ScoreRunBreakdown(SuiteControl suite) {
        this.suite = suite;
        this.jvms = new JitWatch(Map.of("scoring-service", suite.servicePid(Suite.Service.SCORING),
                "offender-service", suite.servicePid(Suite.Service.OFFENDER)));
        this.scoring = ServiceMetrics.read(suite.serviceUrl(Suite.Service.SCORING));
        this.offender = ServiceMetrics.read(suite.serviceUrl(Suite.Service.OFFENDER));
        this.cpu = jvms.processMillis();
        this.postgres = PostgresCpu.millis(suite.config().postgresPort());
        this.load = loadAverage();
    }

    /** A reading taken now, to compare a later one with. */
    static ScoreRunBreakdown before(SuiteControl suite) {
        return new ScoreRunBreakdown(suite);
    }

    /** The lines to print: what changed between this reading and now, for the run {@code runId} that took {@code seconds}. */
    List<String> since(String runId, double seconds) {
        ScoreRunBreakdown after = new ScoreRunBreakdown(suite);
        String stages = STAGES.stream()
                .map(stage -> Map.entry(stage, after.scoring.since(scoring, "ppo_score_run_stage_seconds_sum", l -> l.contains("stage=\"" + stage + "\""))))
                .filter(e -> e.getValue() > 0)
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        double served = after.offender.since(offender, "http_server_requests_seconds_sum", l -> l.contains(FEED));
        double pages = after.offender.since(offender, "http_server_requests_seconds_count", l -> l.contains(FEED));
        double fetched = after.scoring.since(scoring, "http_client_requests_seconds_sum", l -> l.contains(FEED));
        Map<String, Long> spent = JitWatch.since(cpu, after.cpu);
        double postgresSeconds = (after.postgres - postgres) / 1000.0;
        double cpuSeconds = spent.values().stream().mapToLong(Long::longValue).sum() / 1000.0 + postgresSeconds;
        return List.of(
                String.format("BENCHMARK score run stages (scoring-service timers, s): %s", stages.isEmpty() ? "none recorded" : stages),
                String.format("BENCHMARK scoring feed: %.0f pages served by offender-service in %.1f s (SQL, audit, JSON); "
                        + "scoring-service's client waited %.1f s for them", pages, served, fetched),
                String.format("BENCHMARK CPU during the run (s): %s, PostgreSQL %.1f; %.1f in all over %.1f s of wall time; "
                        + "load average %s at start, %s at end",
                        spent.entrySet().stream().map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / 1000.0))
                                .collect(Collectors.joining(", ")), postgresSeconds, cpuSeconds, seconds, load, after.load),
                "BENCHMARK scoring-service log: " + logLines(runId));
    }

    private String logLines(String runId) {
        Path log = suite.config().dataDirectory().resolve("logs").resolve(Suite.Service.SCORING.module() + ".log");
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(runId)).map(l -> l.substring(Math.max(0, l.indexOf("score run"))))
                    .collect(Collectors.joining(" | "));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(not readable: " + e.getMessage() + ")";
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
