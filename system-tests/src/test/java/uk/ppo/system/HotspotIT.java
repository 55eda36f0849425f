package uk.ppo.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 5's "done means", through the gateway with real Keycloak tokens: the real area hierarchy and all of
 * Sussex Police's 2025 street-level crime (162,682 rows, the twelve published files in one gzip request)
 * go in, and the ward and LSOA reports, Gi* and the GeoJSON output agree with figures this test works out
 * itself from the same CSV files (its own parsing, de-duplication, roll-up, rounding, contiguity and Gi*
 * formula), not with anything the service said before. Rates are checked per 1,000 for the window and per
 * 1,000 per year (count ÷ population × 1,000 × 12 ÷ months), RAG on the yearly rate (source 001's bands, red 90+
 * and amber 50-90 per 1,000, were set on 12 months of data). The suite's East Sussex sample (January-June 2025,
 * a subset of these files) is already loaded; re-importing it must change nothing.
 * <p>
 * Needs the shared open data ({@code ../shared/data}, or {@code -Dppo.shared.data=}); skipped without it.
 */
@ExtendWith(RunningSuite.class)
class HotspotIT {

    static final String EAST_SUSSEX = "E10000011";
    static final String WEST_SUSSEX = "E10000032";
    static final String HASTINGS = "E07000062";
    static final List<String> EAST_SUSSEX_DISTRICTS = List.of("E07000061", "E07000062", "E07000063", "E07000064", "E07000065");

    record AreaRow(String code, String name, String type, String parent, Integer population) {
    }

    static Path data;
    static Map<String, AreaRow> areas;
    /** Sussex 2025 incidents per month (1 to 12) and LSOA, each Crime ID once (ID-less ASB rows are all separate incidents). */
    static Map<Integer, Map<String, Integer>> perLsoaByMonth;
    static int rows;
    static int located;
    static Map<String, Object> imported;

    @BeforeAll
    static void importSussex2025() throws IOException, InterruptedException {
        data = Path.of(System.getProperty("ppo.shared.data",
                Path.of(System.getProperty("ppo.root", "..")).resolve("../shared/data").toString())).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(data.resolve("police-uk")), "the shared open data is not at " + data);

        areas = readAreas(data.resolve("areas/areas.csv"));
        ByteArrayOutputStream year = new ByteArrayOutputStream();
        perLsoaByMonth = new HashMap<>();
        Set<String> crimeIds = new HashSet<>();
        for (int month = 1; month <= 12; month++) {
            byte[] gz = Files.readAllBytes(data.resolve(String.format("police-uk/2025-%02d-sussex-street.csv.gz", month)));
            year.write(gz);
            List<String> lines = List.of(gunzip(gz).split("\n"));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1); // police.uk files have no quoted fields
                rows++;
                if (!f[0].isEmpty() && !crimeIds.add(f[0])) {
                    continue; // the same crime twice: stored once
                }
                if (!f[4].isEmpty() && "Sussex Police".equals(f[3])) {
                    located++;
                }
                if (!f[7].isEmpty()) {
                    perLsoaByMonth.computeIfAbsent(month, m -> new HashMap<>()).merge(f[7], 1, Integer::sum);
                }
            }
        }

        given().auth().oauth2(RunningSuite.tokenFor("ada.admin")).contentType("text/csv")
                .body(Files.readAllBytes(data.resolve("areas/areas.csv")))
                .when().post("/api/v1/areas/import").then().statusCode(200);
        // a force-year in one upload, through the gateway, gzipped as published (twelve gzip members), imported as a job
        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        io.restassured.response.Response accepted = given().auth().oauth2(police).contentType("application/gzip").body(year.toByteArray())
                .when().post("/api/v1/incidents/imports");
        accepted.then().statusCode(202);
        String job = accepted.path("id");
        // the gateway's address, as the caller used it, not hotspot-service's behind it
        assertEquals(RunningSuite.suite().config().gatewayUrl() + "/api/v1/incidents/imports/" + job, accepted.header("Location"));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        JsonPath state = null;
        while (System.nanoTime() < deadline) {
            state = given().auth().oauth2(police).when().get("/api/v1/incidents/imports/" + job).then().statusCode(200).extract().jsonPath();
            if (!List.of("QUEUED", "RUNNING").contains(state.getString("status"))) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("COMPLETED", state.getString("status"), state.prettify());
        imported = state.getMap("report");
    }

    @Test
    void everyRowOfTheYearIsAccountedForAndTheSampleIsNotCountedTwice() {
        assertEquals(0, imported.get("rejected"));
        long accounted = number(imported, "accepted") + number(imported, "updated") + number(imported, "duplicates");
        assertEquals(rows, accounted, imported.toString());
        // the East Sussex sample (23,748 of these rows) was there already, and one Crime ID appears twice
        assertTrue(number(imported, "duplicates") >= 23_748, imported.toString());
    }

    @Test
    void theWardReportOfAllAreasMatchesTheOpenData() {
        JsonPath report = report("WARD", null, null);
        assertEquals("2025-01", report.getString("from"));
        assertEquals("2025-12", report.getString("to"));
        assertEquals(12, report.getInt("monthsInWindow"));
        assertEquals("PER_1000_PER_YEAR", report.getString("rateBasis"));
        List<Map<String, Object>> rows = report.getList("areas");
        Map<String, Integer> expected = rollUp("WARD", null);
        assertEquals(expected.size(), rows.size());
        checkRows(rows, expected, 12, null);
    }

    @Test
    void theSecondHalfYearWardReportIsAnnualisedAndComparedWithTheFirst() {
        // six-monthly monitoring (source 001): July-December 2025 against January-June
        JsonPath report = report("WARD", null, null, "2025-07", "2025-12");
        assertEquals(6, report.getInt("monthsInWindow"));
        assertEquals("PER_1000_PER_YEAR", report.getString("rateBasis"));
        List<Map<String, Object>> rows = report.getList("areas");
        Map<String, Integer> expected = rollUp("WARD", null, 7, 12);
        assertEquals(expected.size(), rows.size());
        checkRows(rows, expected, 6, rollUp("WARD", null, 1, 6));
        // wards whose six months' rate is in the amber band (50-90) but whose rate per year is 90 or more: red
        List<String> amberOnTheWindowRedPerYear = expected.entrySet().stream().filter(e -> {
            BigDecimal inWindow = rate(e.getValue(), areas.get(e.getKey()).population());
            return inWindow.compareTo(BigDecimal.valueOf(50)) >= 0 && inWindow.compareTo(BigDecimal.valueOf(90)) < 0
                    && perYear(e.getValue(), areas.get(e.getKey()).population(), 6).compareTo(BigDecimal.valueOf(90)) >= 0;
        }).map(Map.Entry::getKey).toList();
        assertTrue(amberOnTheWindowRedPerYear.size() > 0, "no ward is amber on its six months' rate but red per year");
        rows.stream().filter(r -> amberOnTheWindowRedPerYear.contains((String) r.get("code")))
                .forEach(r -> assertEquals("RED", r.get("rag"), (String) r.get("code")));
    }

    @Test
    void theWestSussexLsoaReportMatchesTheOpenData() {
        List<Map<String, Object>> rows = report("LSOA", WEST_SUSSEX, null).getList("areas");
        Map<String, Integer> expected = rollUp("LSOA", WEST_SUSSEX);
        assertEquals(expected.size(), rows.size());
        checkRows(rows, expected, 12, null);
    }

    @Test
    void theHastingsLsoaReportComesAsGeoJsonWithPolygons() {
        String body = given().auth().oauth2(RunningSuite.tokenFor("ann.analyst")).accept("application/geo+json")
                .queryParam("level", "LSOA").queryParam("from", "2025-01").queryParam("to", "2025-12")
                .queryParam("within", HASTINGS)
                .when().get("/api/v1/hotspots")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/geo+json"))
                .extract().asString();
        JsonPath geo = JsonPath.from(body);
        assertEquals("FeatureCollection", geo.getString("type"));
        Map<String, Integer> expected = rollUp("LSOA", HASTINGS);
        List<Map<String, Object>> features = geo.getList("features");
        assertEquals(expected.size(), features.size());
        for (Map<String, Object> feature : features) {
            String code = (String) feature.get("id");
            @SuppressWarnings("unchecked")
            Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
            assertTrue(Set.of("Polygon", "MultiPolygon").contains(geometry.get("type")), code + " " + geometry.get("type"));
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
            assertEquals(expected.get(code), ((Number) properties.get("count")).intValue(), code);
            assertRate(rate(expected.get(code), areas.get(code).population()), properties.get("ratePer1000InWindow"), code);
            assertRate(perYear(expected.get(code), areas.get(code).population(), 12), properties.get("ratePer1000PerYear"), code);
        }
    }

    @Test
    void burglaryInBrightonAndHoveIsFilteredByCrimeType() throws IOException {
        Map<String, Integer> burglaries = new HashMap<>();
        Set<String> crimeIds = new HashSet<>();
        for (int month = 1; month <= 12; month++) {
            String csv = gunzip(Files.readAllBytes(data.resolve(String.format("police-uk/2025-%02d-sussex-street.csv.gz", month))));
            for (String line : csv.split("\n")) {
                String[] f = line.split(",", -1);
                if ("Burglary".equals(f[9]) && crimeIds.add(f[0]) && !f[7].isEmpty()) {
                    burglaries.merge(f[7], 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> expected = new TreeMap<>();
        areas.values().stream().filter(a -> a.type().equals("WARD") && a.parent().equals("E06000043"))
                .forEach(w -> expected.put(w.code(), 0));
        burglaries.forEach((lsoa, n) -> {
            AreaRow l = areas.get(lsoa);
            if (l != null && expected.containsKey(l.parent())) {
                expected.merge(l.parent(), n, Integer::sum);
            }
        });
        JsonPath report = report("WARD", "E06000043", "Burglary");
        assertEquals(List.of("Burglary"), report.getList("crimeTypes"));
        List<Map<String, Object>> rows = report.getList("areas");
        assertEquals(expected.size(), rows.size());
        Map<String, Integer> actual = new TreeMap<>();
        rows.forEach(r -> actual.put((String) r.get("code"), ((Number) r.get("count")).intValue()));
        assertEquals(expected, actual);
    }

    @Test
    void giStarOverEastSussexWardsByContiguityMatchesOurOwnComputation() throws IOException {
        // counts per East Sussex ward, and queen contiguity from the published ward boundaries
        Map<String, Integer> counts = rollUp("WARD", EAST_SUSSEX);
        List<String> codes = new ArrayList<>(counts.keySet());
        Map<String, Set<Long>> vertices = new HashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String district : EAST_SUSSEX_DISTRICTS) {
            for (JsonNode feature : mapper.readTree(data.resolve("boundaries/wards-" + district + ".geojson").toFile()).path("features")) {
                Set<Long> points = new HashSet<>();
                collect(feature.path("geometry").path("coordinates"), points);
                vertices.put(feature.path("properties").path("WD25CD").asText(), points);
            }
        }
        int n = codes.size();
        double[] x = new double[n];
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            x[i] = counts.get(codes.get(i));
            sum += x[i];
            squares += x[i] * x[i];
        }
        double mean = sum / n;
        double s = Math.sqrt(squares / n - mean * mean);
        Map<String, Double> expectedZ = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<Long> mine = vertices.get(codes.get(i));
            assertNotNull(mine, "no boundary for " + codes.get(i));
            double local = 0;
            int w = 0;
            for (int j = 0; j < n; j++) {
                if (i == j || !java.util.Collections.disjoint(mine, vertices.get(codes.get(j)))) {
                    local += x[j];
                    w++;
                }
            }
            expectedZ.put(codes.get(i), (local - mean * w) / (s * Math.sqrt((n * (double) w - (double) w * w) / (n - 1))));
        }

        JsonPath gi = JsonPath.from(given().auth().oauth2(RunningSuite.tokenFor("ann.analyst"))
                .queryParam("level", "WARD").queryParam("within", EAST_SUSSEX).queryParam("value", "COUNT")
                .queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots/gi").then().statusCode(200).extract().asString());
        List<Map<String, Object>> results = gi.getList("results");
        assertEquals(n, results.size());
        int hot = 0;
        for (Map<String, Object> r : results) {
            String code = (String) r.get("code");
            double z = expectedZ.get(code);
            assertEquals(counts.get(code).doubleValue(), ((Number) r.get("value")).doubleValue(), code);
            assertEquals(z, ((Number) r.get("z")).doubleValue(), 1e-5, code);
            String expectedClass = Math.abs(z) >= 2.576 ? "_99" : Math.abs(z) >= 1.96 ? "_95" : Math.abs(z) >= 1.645 ? "_90" : null;
            assertEquals(expectedClass == null ? "NOT_SIGNIFICANT" : (z > 0 ? "HOT" : "COLD") + expectedClass,
                    r.get("classification"), code);
            hot += expectedClass != null && z > 0 ? 1 : 0;
        }
        assertTrue(hot > 0, "the Hastings and Eastbourne town centres are hot spots");
        // the same analysis with the false-discovery-rate correction never finds more
        List<String> fdrClasses = JsonPath.from(given().auth().oauth2(RunningSuite.tokenFor("ann.analyst"))
                .queryParam("level", "WARD").queryParam("within", EAST_SUSSEX).queryParam("value", "COUNT").queryParam("fdr", true)
                .queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots/gi").then().statusCode(200).extract().asString()).getList("results.classification");
        assertTrue(fdrClasses.stream().filter(c -> !c.equals("NOT_SIGNIFICANT")).count()
                <= results.stream().filter(r -> !"NOT_SIGNIFICANT".equals(r.get("classification"))).count());
    }

    @Test
    void theGiStarGridOverSussexCountsEveryLocatedIncidentOnceAndComesAsGeoJson() {
        String body = given().auth().oauth2(RunningSuite.tokenFor("ann.analyst")).accept("application/geo+json")
                .queryParam("level", "GRID").queryParam("cellSize", 250).queryParam("force", "Sussex Police")
                .queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots/gi").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/geo+json")).extract().asString();
        JsonPath geo = JsonPath.from(body);
        List<Number> values = geo.getList("features.properties.value");
        assertEquals(located, values.stream().mapToDouble(Number::doubleValue).sum(), 0.0);
        assertEquals("Polygon", geo.getString("features[0].geometry.type"));
        assertTrue(geo.getString("features[0].properties.classification").startsWith("HOT_"), "the hottest cell comes first");
    }

    @Test
    void badReportRequestsAreProblemsNamingTheField() {
        String analyst = RunningSuite.tokenFor("ann.analyst");
        given().auth().oauth2(analyst).queryParam("level", "WARD").queryParam("from", "2025-13").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("from"));
        given().auth().oauth2(analyst).queryParam("level", "STREET").queryParam("from", "2025-01").queryParam("to", "2025-12")
                .when().get("/api/v1/hotspots").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("level"));
        given().auth().oauth2(RunningSuite.tokenFor("oscar.officer")).queryParam("level", "WARD").queryParam("from", "2025-01")
                .queryParam("to", "2025-12").when().get("/api/v1/hotspots").then().statusCode(403);
    }

    private static JsonPath report(String level, String within, String crimeType) {
        return report(level, within, crimeType, "2025-01", "2025-12");
    }

    private static JsonPath report(String level, String within, String crimeType, String from, String to) {
        var request = given().auth().oauth2(RunningSuite.tokenFor("ann.analyst"))
                .queryParam("level", level).queryParam("from", from).queryParam("to", to);
        if (within != null) {
            request.queryParam("within", within);
        }
        if (crimeType != null) {
            request.queryParam("crimeType", crimeType);
        }
        return JsonPath.from(request.when().get("/api/v1/hotspots").then().statusCode(200).extract().asString());
    }

    /** Incident counts per area of a type (within an area, or everywhere), from the CSV, zero included. */
    private static Map<String, Integer> rollUp(String type, String within) {
        return rollUp(type, within, 1, 12);
    }

    /** The same over the months {@code first..last} of 2025. */
    private static Map<String, Integer> rollUp(String type, String within, int first, int last) {
        Map<String, Integer> counts = new HashMap<>();
        for (int month = first; month <= last; month++) {
            perLsoaByMonth.getOrDefault(month, Map.of()).forEach((lsoa, n) -> counts.merge(lsoa, n, Integer::sum));
        }
        Map<String, Integer> result = new TreeMap<>();
        for (AreaRow a : areas.values()) {
            if (a.type().equals(type) && (within == null || ancestors(a.code()).contains(within))) {
                result.put(a.code(), 0);
            }
        }
        counts.forEach((lsoa, n) -> {
            if (!areas.containsKey(lsoa)) {
                return;
            }
            for (String code : ancestors(lsoa)) {
                if (result.containsKey(code)) {
                    result.merge(code, n, Integer::sum);
                }
            }
        });
        return result;
    }

    private static List<String> ancestors(String code) {
        List<String> chain = new ArrayList<>();
        for (AreaRow a = areas.get(code); a != null; a = a.parent().isEmpty() ? null : areas.get(a.parent())) {
            chain.add(a.code());
        }
        return chain;
    }

    /** Each row against the counts from the files; {@code previous} null: nothing before the window is loaded. */
    private static void checkRows(List<Map<String, Object>> rows, Map<String, Integer> expected, int months,
                                  Map<String, Integer> previous) {
        long total = expected.values().stream().mapToLong(Integer::longValue).sum();
        BigDecimal previousRate = null;
        for (Map<String, Object> row : rows) {
            String code = (String) row.get("code");
            int count = expected.get(code);
            Integer population = areas.get(code).population();
            assertEquals(count, ((Number) row.get("count")).intValue(), code);
            assertEquals(population, row.get("population"), code);
            assertRate(rate(count, population), row.get("ratePer1000InWindow"), code);
            BigDecimal rate = perYear(count, population, months);
            assertRate(rate, row.get("ratePer1000PerYear"), code);
            assertEquals(rate.compareTo(BigDecimal.valueOf(90)) >= 0 ? "RED" : rate.compareTo(BigDecimal.valueOf(50)) >= 0 ? "AMBER" : "GREEN",
                    row.get("rag"), code);
            assertEquals("PER_1000_PER_YEAR", row.get("ragBasis"), code);
            int before = previous == null ? 0 : previous.get(code);
            assertEquals(before, ((Number) row.get("previousCount")).intValue(), code);
            if (before == 0) {
                assertNull(row.get("changePercent"), code);
            } else {
                BigDecimal change = BigDecimal.valueOf(count - before).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP);
                assertRate(change, row.get("changePercent"), code);
            }
            BigDecimal share = BigDecimal.valueOf(count * 100.0 / total).setScale(2, RoundingMode.HALF_UP);
            assertEquals(share.doubleValue(), new BigDecimal(row.get("share").toString()).doubleValue(), 0.0051, code);
            if (previousRate != null) {
                assertTrue(previousRate.compareTo(rate) >= 0, "sorted by rate: " + code);
            }
            previousRate = rate;
        }
    }

    /** JSON numbers lose trailing zeros (678.90 comes back as 678.9): compare values, to the cent. */
    private static void assertRate(BigDecimal expected, Object actual, String code) {
        assertNotNull(actual, code);
        assertEquals(expected.doubleValue(), Double.parseDouble(actual.toString()), 0.001, code);
    }

    private static BigDecimal rate(int count, Integer population) {
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }

    /** Per 1,000 per year: count ÷ population × 1,000 × 12 ÷ months, two decimals. */
    private static BigDecimal perYear(int count, Integer population, int months) {
        return BigDecimal.valueOf((long) count * 1000 * 12)
                .divide(BigDecimal.valueOf((long) population * months), 2, RoundingMode.HALF_UP);
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    private static void collect(JsonNode node, Set<Long> points) {
        if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
            long lon = Math.round(node.get(0).asDouble() * 1e7);
            long lat = Math.round(node.get(1).asDouble() * 1e7);
            points.add(lon * 4_000_000_000L + lat);
            return;
        }
        for (JsonNode child : node) {
            collect(child, points);
        }
    }

    private static Map<String, AreaRow> readAreas(Path file) throws IOException {
        Map<String, AreaRow> result = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1); // commas outside quoted names
            result.put(f[0], new AreaRow(f[0], f[1].replace("\"", ""), f[2], f[3],
                    f[4].isEmpty() ? null : Integer.valueOf(f[4])));
        }
        return result;
    }

    private static String gunzip(byte[] gz) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
