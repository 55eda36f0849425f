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
 * data (all areas, the boundaries, the 36 police.uk files, one request each, gzipped as published), then
 * times the Sussex ward report and the Gi* grid (250 m) for Sussex, through HTTP against the embedded
 * PostgreSQL. Data folder: -Dppo.benchmark.data (default ../../shared/data). Results: stdout and
 * target/benchmark.txt.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class HotspotBenchmarkTest {

    static final int RUNS = 5;

    @Test
    void importAllOf2025AndTimeTheSussexReports() throws IOException {
        Path data = Path.of(System.getProperty("ppo.benchmark.data", "../../shared/data")).toAbsolutePath().normalize();
        List<String> out = new ArrayList<>();
        out.add("Data: " + data + ", CPUs: " + Runtime.getRuntime().availableProcessors());

        long t0 = System.nanoTime();
        given().auth().oauth2(admin()).contentType("text/csv").body(Files.readAllBytes(data.resolve("areas/areas.csv")))
                .when().post("/api/v1/areas/import").then().statusCode(200);
        out.add(String.format("areas.csv (3,284 areas): %d ms", ms(t0)));
        try (Stream<Path> files = Files.list(data.resolve("boundaries"))) {
            for (Path file : files.sorted().toList()) {
                given().auth().oauth2(admin()).contentType("application/geo+json").body(Files.readAllBytes(file))
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
        long start = System.nanoTime();
        long rows = ((Number) given().auth().oauth2(partner()).contentType("application/gzip").body(year)
                .when().post("/api/v1/incidents/import").then().statusCode(200)
                .extract().path("accepted")).longValue();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.add(String.format("Import: 36 files in one request (%,d bytes gzip), %,d new incidents in %.1f s = %,.0f rows/s",
                year.length, rows, seconds, rows / seconds));

        start = System.nanoTime();
        long again = 0;
        for (Path file : police) {
            again += ((Number) given().auth().oauth2(partner()).contentType("application/gzip")
                    .body(Files.readAllBytes(file)).when().post("/api/v1/incidents/import").then().statusCode(200)
                    .extract().path("duplicates")).longValue();
        }
        seconds = (System.nanoTime() - start) / 1e9;
        out.add(String.format("Re-import, one request per file (all duplicates): %,d rows in %.1f s = %,.0f rows/s", again, seconds, again / seconds));

        time(out, "Ward report, all 659 wards, 2025", () -> given().auth().oauth2(analyst())
                .queryParam("level", "WARD").queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots").then().statusCode(200));
        time(out, "Ward report, West Sussex (E10000032), 2025", () -> given().auth().oauth2(analyst())
                .queryParam("level", "WARD").queryParam("from", "2025-01").queryParam("to", "2025-12")
                .queryParam("within", "E10000032")
                .when().get("/api/v1/hotspots").then().statusCode(200));
        time(out, "LSOA report, all 2,589 LSOAs, 2025", () -> given().auth().oauth2(analyst())
                .queryParam("level", "LSOA").queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots").then().statusCode(200));
        time(out, "Gi* grid 250 m, Sussex Police, 2025", () -> given().auth().oauth2(analyst())
                .queryParam("level", "GRID").queryParam("cellSize", 250).queryParam("force", "Sussex Police")
                .queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots/gi").then().statusCode(200));
        time(out, "Gi* LSOA contiguity, East Sussex, 2025", () -> given().auth().oauth2(analyst())
                .queryParam("level", "LSOA").queryParam("within", "E10000011")
                .queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots/gi").then().statusCode(200));

        out.forEach(System.out::println);
        Files.write(Path.of("target/benchmark.txt"), out);
    }

    private static void time(List<String> out, String what, Runnable call) {
        call.run(); // warm-up
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = ms(start);
        }
        java.util.Arrays.sort(times);
        out.add(String.format("%s: median %d ms, best %d ms, worst %d ms (%d runs after a warm-up)", what,
                times[RUNS / 2], times[0], times[RUNS - 1], RUNS));
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
