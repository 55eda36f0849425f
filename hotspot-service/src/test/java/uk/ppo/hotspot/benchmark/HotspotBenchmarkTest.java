package uk.ppo.hotspot.benchmark;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * Not part of the build: {@code ./mvnw -B -o verify -pl hotspot-service -Pbenchmark}. Imports the shared
 * data (all areas, the boundaries, the 36 police.uk files as one import job, polled for its progress, then one job
 * each, gzipped as published), then
 * times the Sussex ward report and the Gi* grid (250 m) for Sussex, through HTTP against the embedded
 * PostgreSQL. Data folder: -Dppo.benchmark.data (default ../../shared/data). Results: stdout and
 * target/benchmark.txt.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class HotspotBenchmarkTest {

    static final int RUNS = 11; // with the warm-up 12 calls: past the 10th, where a cached generic plan takes over

    @Test
    void importAllOf2025AndTimeTheSussexReports() throws IOException {
        Path data = Path.of(System.getProperty("ppo.benchmark.data", "../../shared/data")).toAbsolutePath().normalize();
        List<String> out = new ArrayList<>();
        out.add("Data: " + data + ", CPUs: " + Runtime.getRuntime().availableProcessors() + ", load average " + loadAverage());

        long t0 = System.nanoTime();
        given().config(LONG_WAIT).auth().oauth2(admin()).contentType("text/csv").body(Files.readAllBytes(data.resolve("areas/areas.csv")))
                .when().post("/api/v1/areas/import").then().statusCode(200);
        out.add(String.format("areas.csv (3,284 areas): %d ms", ms(t0)));
        try (Stream<Path> files = Files.list(data.resolve("boundaries"))) {
            for (Path file : files.sorted().toList()) {
                given().config(LONG_WAIT).auth().oauth2(admin()).contentType("application/geo+json").body(Files.readAllBytes(file))
                        .when().put("/api/v1/areas/boundaries").then().statusCode(200);
            }
        }

        List<Path> police;
        try (Stream<Path> files = Files.list(data.resolve("police-uk"))) {
            police = files.filter(f -> f.getFileName().toString().endsWith(".csv.gz")).sorted().toList();
        }
        // a year of three forces in one request: the 36 gzip files concatenated (a multi-member gzip stream)
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (Path file : police) {
            all.write(Files.readAllBytes(file));
        }
        byte[] year = all.toByteArray();
        Cpu cpu = Cpu.now();
        java.util.Map<String, Long> threads = jvmThreadTicks();
        long start = System.nanoTime();
        io.restassured.path.json.JsonPath job = importAsJob(year, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows = job.getLong("report.accepted");
        Cpu used = Cpu.now().minus(cpu);
        out.add(String.format("Import job: 36 files in one upload (%,d bytes gzip), %,d new incidents in %.1f s from the upload's"
                + " first byte to COMPLETED = %,.0f rows/s", year.length, rows, seconds, rows / seconds));
        out.add(String.format("  CPU used: service JVM %.1f s, PostgreSQL %.1f s; all of it one after the other = %.1f s"
                + " = %,.0f rows per CPU-second (what an otherwise idle machine reaches at least)",
                used.jvm(), used.postgres(), used.total(), rows / used.total()));
        out.add("  JVM CPU by thread: " + jvmThreadsSince(threads));

        cpu = Cpu.now();
        threads = jvmThreadTicks();
        start = System.nanoTime();
        long again = 0;
        for (Path file : police) {
            again += importAsJob(Files.readAllBytes(file), null).getLong("report.duplicates");
        }
        seconds = (System.nanoTime() - start) / 1e9;
        used = Cpu.now().minus(cpu);
        out.add(String.format("Re-import, one job per file (all duplicates): %,d rows in %.1f s = %,.0f rows/s", again, seconds, again / seconds));
        out.add(String.format("  CPU used: service JVM %.1f s, PostgreSQL %.1f s = %,.0f rows per CPU-second",
                used.jvm(), used.postgres(), again / used.total()));
        out.add("  JVM CPU by thread: " + jvmThreadsSince(threads));

        // what autovacuum does after a bulk load anyway (statistics, visibility map), now rather than during the
        // timed reports; with more than 10 calls of each report after it, a plan that goes bad once PostgreSQL
        // caches a generic one shows up here (it did: see ReportRepository)
        cpu = Cpu.now();
        start = System.nanoTime();
        vacuum();
        out.add(String.format("VACUUM (ANALYZE) of the incident tables after the imports: %d ms, PostgreSQL CPU %.1f s",
                ms(start), Cpu.now().minus(cpu).postgres()));

        time(out, "Ward report, all 659 wards, 2025", () -> given().config(LONG_WAIT).auth().oauth2(analyst())
                .queryParam("level", "WARD").queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots").then().statusCode(200));
        time(out, "Ward report, West Sussex (E10000032), 2025", () -> given().config(LONG_WAIT).auth().oauth2(analyst())
                .queryParam("level", "WARD").queryParam("from", "2025-01").queryParam("to", "2025-12")
                .queryParam("within", "E10000032")
                .when().get("/api/v1/hotspots").then().statusCode(200));
        time(out, "LSOA report, all 2,589 LSOAs, 2025", () -> given().config(LONG_WAIT).auth().oauth2(analyst())
                .queryParam("level", "LSOA").queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots").then().statusCode(200));
        time(out, "Gi* grid 250 m, Sussex Police, 2025", () -> given().config(LONG_WAIT).auth().oauth2(analyst())
                .queryParam("level", "GRID").queryParam("cellSize", 250).queryParam("force", "Sussex Police")
                .queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots/gi").then().statusCode(200));
        time(out, "Gi* LSOA contiguity, East Sussex, 2025", () -> given().config(LONG_WAIT).auth().oauth2(analyst())
                .queryParam("level", "LSOA").queryParam("within", "E10000011")
                .queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots/gi").then().statusCode(200));

        out.add("Load average at the end: " + loadAverage());
        out.forEach(System.out::println);
        Files.write(Path.of("target/benchmark.txt"), out);
    }

    /**
     * Uploads a gzip file as an import job and polls it until it ends (every 100 ms); with {@code out}, prints a progress
     * line (bytes and rows read, rate) at most once a second while it runs and says how long the upload took.
     */
    private static io.restassured.path.json.JsonPath importAsJob(byte[] gzip, List<String> out) throws IOException {
        long start = System.nanoTime();
        String id = given().config(LONG_WAIT).auth().oauth2(partner()).contentType("application/gzip").body(gzip)
                .when().post("/api/v1/incidents/imports").then().statusCode(202).extract().path("id");
        if (out != null) {
            out.add(String.format("  upload stored (202) after %d ms", ms(start)));
        }
        long printed = 0;
        while (true) {
            io.restassured.path.json.JsonPath job = given().auth().oauth2(partner()).when().get("/api/v1/incidents/imports/" + id)
                    .then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("COMPLETED")) {
                return job;
            }
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                throw new IllegalStateException("import job " + id + " ended " + status + ": " + job.prettify());
            }
            if (out != null && System.nanoTime() - printed > 1_000_000_000L) {
                printed = System.nanoTime();
                System.out.printf("  %6d ms %s: %,d of %,d bytes, %,d rows read, %,d rows/s%n", ms(start), status,
                        job.getLong("progress.bytesRead"), job.getLong("progress.bytesTotal"), job.getLong("progress.rowsRead"),
                        job.getLong("progress.rowsPerSecond"));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void time(List<String> out, String what, Runnable call) {
        call.run(); // warm-up
        java.util.Map<String, Long> threads = jvmThreadTicks();
        long[] times = new long[RUNS];
        double[] cpus = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Cpu cpu = Cpu.now();
            long start = System.nanoTime();
            call.run();
            times[i] = ms(start);
            cpus[i] = Cpu.now().minus(cpu).total() * 1000;
        }
        String byThread = jvmThreadsSince(threads);
        java.util.Arrays.sort(times);
        java.util.Arrays.sort(cpus);
        out.add(String.format("%s: median %d ms, best %d ms, worst %d ms (%d runs after a warm-up); CPU (JVM + PostgreSQL)"
                + " median %.0f ms", what, times[RUNS / 2], times[0], times[RUNS - 1], RUNS, cpus[RUNS / 2]));
        out.add("  JVM CPU by thread, all " + RUNS + " runs: " + byThread);
    }

    /**
     * As the schema's owner: the runtime role the service uses may not vacuum or analyze its tables (PostgreSQL only
     * warns and skips them, which left the reports timed on the statistics of empty tables). A warning fails the run.
     */
    private static void vacuum() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
             java.sql.Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) hotspot.incident, hotspot.incident_count, hotspot.incident_month_total");
            if (s.getWarnings() != null) {
                throw new IllegalStateException("VACUUM (ANALYZE) did not run: " + s.getWarnings().getMessage());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 1, 5 and 15 minute load averages: how loaded the shared machine was. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * CPU ticks of this JVM's live threads by name, numbers dropped ("executor-thread-1" and "-2" together,
     * "C2 CompilerThread0" as "C2 CompilerThread"), from /proc/self/task: says whether the JVM's CPU went
     * to the request (executor-thread), the HTTP I/O (vert.x-eventloop), the JIT or the GC.
     */
    static java.util.Map<String, Long> jvmThreadTicks() {
        java.util.Map<String, Long> ticks = new java.util.HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[#-]?\\d+$", "").strip();
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // gone meanwhile
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return ticks;
    }

    static String jvmThreadsSince(java.util.Map<String, Long> before) {
        java.util.Map<String, Long> now = jvmThreadTicks();
        return now.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() >= 5)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8)
                .map(e -> String.format("%s %.2f s", e.getKey(), e.getValue() / Cpu.TICK))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The import can take minutes on a loaded machine: wait for it. */
    static final io.restassured.config.RestAssuredConfig LONG_WAIT = io.restassured.RestAssured.config().httpClient(
            io.restassured.config.HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", 1_800_000).setParam("http.connection.timeout", 60_000));

    /**
     * CPU time (seconds) used so far by this JVM (the service under test; the test client's share is small)
     * and by the embedded PostgreSQL (the postmaster, its live children and the children it has reaped),
     * from /proc. Unlike wall time it hardly depends on what else the machine is running.
     */
    record Cpu(double jvm, double postgres) {
        static final double TICK = 100.0; // USER_HZ on Linux

        static Cpu now() {
            double jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            return new Cpu(jvm, postgresTicks() / TICK);
        }

        Cpu minus(Cpu before) {
            return new Cpu(jvm - before.jvm, postgres - before.postgres);
        }

        double total() {
            return jvm + postgres;
        }

        private static long postgresTicks() {
            String url = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getValue("quarkus.datasource.jdbc.url", String.class);
            String port = url.replaceAll(".*://[^:/]+:(\\d+)/.*", "$1");
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                List<Path> pids = procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
                long postmaster = -1;
                for (Path pid : pids) {
                    try {
                        String cmd = new String(Files.readAllBytes(pid.resolve("cmdline"))).replace('\0', ' ');
                        if (cmd.contains("/bin/postgres ") && cmd.contains(" -p " + port + " ")) {
                            postmaster = Long.parseLong(pid.getFileName().toString());
                        }
                    } catch (IOException e) {
                        // gone meanwhile
                    }
                }
                if (postmaster < 0) {
                    return 0;
                }
                long ticks = 0;
                for (Path pid : pids) {
                    try {
                        String stat = Files.readString(pid.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long self = Long.parseLong(pid.getFileName().toString());
                        // after the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
                        if (self == postmaster) {
                            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                        } else if (Long.parseLong(f[1]) == postmaster) {
                            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        }
                    } catch (IOException | RuntimeException e) {
                        // gone meanwhile
                    }
                }
                return ticks;
            } catch (IOException e) {
                return 0;
            }
        }
    }

    // fresh tokens per call: the run takes longer than a test token lives
    private static String admin() {
        return TestTokens.user("bench.admin").roles("admin").token();
    }

    private static String partner() {
        return TestTokens.user("bench.partner").roles("partner-system").token();
    }

    private static String analyst() {
        return TestTokens.user("bench.analyst").roles("analyst").token();
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
