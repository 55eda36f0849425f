package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writers racing each other and a service killed mid-write, through the gateway with real tokens:
 * one panel decision wins, the other is refused; overlapping bulk pushes never duplicate an offence
 * and their counts add up exactly; a bulk offence push and a large incident import cut off by
 * {@code kill -9} are each all in or all out (their documented unit of work), and sending them again
 * converges to the state one clean request gives.
 */
@ExtendWith(RunningSuite.class)
class ConcurrencyAndCrashIT {

    static final String HASTINGS = PpoJourneyIT.HASTINGS;

    @Test
    void twoCoordinatorsSelectingTheSamePersonAtOnceOneWinsTheOtherGetsA409() throws Exception {
        String cora = RunningSuite.tokenFor("cora.coordinator");
        String sam = RunningSuite.tokenFor("sam.scoped");   // a coordinator limited to Hastings
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = person(cora, freshPnc());
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> outcomes = new ArrayList<>();
                for (String token : List.of(cora, sam)) {
                    outcomes.add(pool.submit(() -> {
                        go.await();
                        return given().auth().oauth2(token).contentType(ContentType.JSON)
                                .body(Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "decidedOn", LocalDate.now().toString(),
                                        "rationale", "Panel agreed on the matrix score", "attendingAgencies", List.of("POLICE", "PROBATION")))
                                .post("/api/v1/offenders/{id}/decisions", id).statusCode();
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> outcome : outcomes) {
                    statuses.add(outcome.get(60, TimeUnit.SECONDS));
                }
                statuses.sort(Integer::compareTo);
                assertEquals(List.of(201, 409), statuses, "round " + round);
                given().auth().oauth2(cora).get("/api/v1/offenders/{id}/decisions", id).then().statusCode(200)
                        .body("size()", org.hamcrest.Matchers.equalTo(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyParallelBulkPushesWithOverlappingSourceIdsStoreEachOffenceOnceAndCountExactly() throws Exception {
        String cora = RunningSuite.tokenFor("cora.coordinator");
        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        List<String> pncs = List.of(freshPnc(), freshPnc(), freshPnc());
        List<String> ids = new ArrayList<>();
        for (String pnc : pncs) {
            ids.add(person(cora, pnc));
        }
        String system = "race-" + ThreadLocalRandom.current().nextInt(1_000_000);
        int distinct = 90;
        int pushes = 50;
        int perPush = 30;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> responses = new ArrayList<>();
        try {
            for (int p = 0; p < pushes; p++) {
                List<Map<String, Object>> records = new ArrayList<>();
                for (int k = 0; k < perPush; k++) {
                    int source = (p * 7 + k) % distinct;   // windows that overlap the neighbours' windows
                    records.add(offence(pncs.get(source % pncs.size()), system, "CR-" + source));
                }
                Callable<Response> push = () -> {
                    go.await();
                    return given().auth().oauth2(police).contentType(ContentType.JSON).body(records)
                            .post("/api/v1/offences/bulk");
                };
                responses.add(pool.submit(push));
            }
            go.countDown();
            int created = 0;
            int updated = 0;
            for (Future<Response> future : responses) {
                Response response = future.get(120, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.asString());
                created += (Integer) response.path("created");
                updated += (Integer) response.path("updated");
                assertEquals(0, (Integer) response.path("rejected"));
            }
            assertEquals(distinct, created, "each source id is created exactly once");
            assertEquals(pushes * perPush - distinct, updated, "every other push of a source id is an update");
        } finally {
            pool.shutdownNow();
        }
        int stored = 0;
        for (String id : ids) {
            stored += given().auth().oauth2(cora).get("/api/v1/offenders/{id}/offences", id)
                    .then().statusCode(200).extract().jsonPath().getList("$").size();
        }
        assertEquals(distinct, stored);
        assertEquals(distinct, storedFor(system));
    }

    @Test
    void aBulkPushCutOffByKillMinus9IsAllInOrAllOutAndSendingItAgainConverges() throws Exception {
        SuiteControl suite = RunningSuite.suite();
        String cora = RunningSuite.tokenFor("cora.coordinator");
        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        String pnc = freshPnc();
        person(cora, pnc);
        String system = "crash-" + ThreadLocalRandom.current().nextInt(1_000_000);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int k = 0; k < 1_000; k++) {
            records.add(offence(pnc, system, "CR-" + k));
        }

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> cut = pool.submit(() -> given().auth().oauth2(police).contentType(ContentType.JSON)
                    .body(records).post("/api/v1/offences/bulk").statusCode());
            Thread.sleep(ThreadLocalRandom.current().nextInt(50, 400));
            suite.killService(Suite.Service.OFFENDER);
            int status = cut.get(60, TimeUnit.SECONDS);
            suite.restartService(Suite.Service.OFFENDER);

            int afterCrash = storedFor(system);
            System.out.printf("CRASH bulk push of 1,000 cut by kill -9: answer %d, %,d stored after restart%n", status, afterCrash);
            assertTrue(afterCrash == 0 || afterCrash == 1_000,
                    "a bulk push is one unit of work: found " + afterCrash + " of 1,000 after the crash (answer " + status + ")");
            if (status == 200) {
                assertEquals(1_000, afterCrash, "a push answered 200 must be stored in full");
            }
        } finally {
            pool.shutdownNow();
        }

        given().auth().oauth2(police).contentType(ContentType.JSON).body(records).post("/api/v1/offences/bulk")
                .then().statusCode(200).body("rejected", org.hamcrest.Matchers.equalTo(0));
        assertEquals(1_000, storedFor(system));
    }

    @Test
    void aLargeIncidentImportCutOffByKillMinus9IsAllInOrAllOutAndSendingItAgainConverges() throws Exception {
        SuiteControl suite = RunningSuite.suite();
        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        GeneratedImport file = GeneratedImport.of(200_000);

        int status;
        long cutAfterMillis = ThreadLocalRandom.current().nextLong(2_000, 5_000);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> cut = pool.submit(() -> {
                try {
                    return given().auth().oauth2(police).contentType("text/csv").body(file.csv())
                            .post("/api/v1/incidents/import").statusCode();
                } catch (Exception connectionDropped) {
                    return -1;
                }
            });
            Thread.sleep(cutAfterMillis);
            suite.killService(Suite.Service.HOTSPOT);
            status = cut.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
            suite.restartService(Suite.Service.HOTSPOT);
        }

        long afterCrash = file.storedIncidents();
        System.out.printf("CRASH incident import of %,d rows (%,d MB) cut by kill -9 after %,d ms: answer %d, %,d stored after restart%n",
                file.rows(), file.csv().length / 1_000_000, cutAfterMillis, status, afterCrash);
        assertTrue(afterCrash == 0 || afterCrash == file.rows(),
                "an import is one unit of work: found " + afterCrash + " of " + file.rows() + " after the crash (answer " + status + ")");
        assertEquals(afterCrash, file.countedIncidents(), "the monthly counts roll back (or commit) with the incidents");
        if (status == 200) {
            assertEquals(file.rows(), afterCrash, "an import answered 200 must be stored in full");
        }

        // the import is a job: if its upload was stored before the kill, the restarted service takes the job over once
        // the dead one's lease expires and imports it whole; either way nothing is half in
        long afterTakeover = storedOnceNoImportIsUnfinished(police, file);
        System.out.printf("CRASH incident import: %,d stored once the interrupted job (if any) ended%n", afterTakeover);
        assertTrue(afterTakeover == 0 || afterTakeover == file.rows(), "found " + afterTakeover + " of " + file.rows());
        assertEquals(afterTakeover, file.countedIncidents(), "the monthly counts commit with the incidents");

        Map<String, Object> retry = given().auth().oauth2(police).contentType("text/csv").body(file.csv())
                .post("/api/v1/incidents/import").then().statusCode(200).extract().as(Map.class);
        assertEquals(file.rows() - afterTakeover, ((Number) retry.get("accepted")).longValue(), retry.toString());
        assertEquals(afterTakeover, ((Number) retry.get("duplicates")).longValue(), retry.toString());
        assertEquals(0, ((Number) retry.get("rejected")).longValue(), retry.toString());
        // the same state a single clean import of the file gives: every row once, the counts the reports use exact
        assertEquals(file.rows(), file.storedIncidents());
        assertEquals(file.expectedCounts(), file.storedCounts());

        Map<String, Object> again = given().auth().oauth2(police).contentType("text/csv").body(file.csv())
                .post("/api/v1/incidents/import").then().statusCode(200).extract().as(Map.class);
        assertEquals(0L, ((Number) again.get("accepted")).longValue(), again.toString());
        assertEquals(file.rows(), ((Number) again.get("duplicates")).longValue(), again.toString());
        assertEquals(file.expectedCounts(), file.storedCounts());
        System.out.printf("CRASH incident import: retry accepted %,d, duplicates %,d; %,d stored, 0 lost, 0 twice%n",
                ((Number) retry.get("accepted")).longValue(), ((Number) retry.get("duplicates")).longValue(), file.storedIncidents());
    }

    /** Waits (3 minutes at most) until none of the caller's import jobs is queued or running; the file's rows stored then. */
    private static long storedOnceNoImportIsUnfinished(String token, GeneratedImport file) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            List<String> statuses = given().auth().oauth2(token).queryParam("size", 500).get("/api/v1/incidents/imports")
                    .then().statusCode(200).extract().path("items.status");
            if (statuses.stream().noneMatch(s -> s.equals("QUEUED") || s.equals("RUNNING"))) {
                return file.storedIncidents();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("an import job is still unfinished: " + statuses);
            }
            Thread.sleep(1_000);
        }
    }

    /**
     * A police.uk street-level file made up for one run: Crime IDs and LSOA codes unique to the run (the
     * LSOAs are in no area table, so the rows count as unmatched and touch no report of real areas),
     * twelve months, several crime types.
     */
    record GeneratedImport(String crimeIdPrefix, String lsoaPrefix, int rows, byte[] csv, Map<String, Integer> expectedCounts) {

        static final List<String> TYPES = List.of("Burglary", "Vehicle crime", "Shoplifting", "Criminal damage and arson",
                "Violence and sexual offences", "Other theft", "Drugs");

        static GeneratedImport of(int rows) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String crimeIdPrefix = "crash" + Long.toHexString(random.nextLong() >>> 1);
            String lsoaPrefix = "Z" + (10_000 + random.nextInt(90_000));
            StringBuilder csv = new StringBuilder(rows * 190);
            csv.append("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
            Map<String, Integer> counts = new java.util.TreeMap<>();
            for (int i = 0; i < rows; i++) {
                String month = String.format("2024-%02d", i % 12 + 1);
                String lsoa = lsoaPrefix + String.format("%03d", i % 40);
                String type = TYPES.get(i % TYPES.size());
                csv.append(crimeIdPrefix).append(String.format("%08d", i)).append(',').append(month)
                        .append(",Test Constabulary,Test Constabulary,")
                        .append(String.format("%.6f,%.6f", -0.5 + (i % 1000) / 1000.0, 50.8 + (i % 997) / 5000.0))
                        .append(",On or near Test Street,").append(lsoa).append(",Test ").append(i % 40).append('A').append(',')
                        .append(type).append(",Under investigation,\n");
                counts.merge(month + "-01 " + lsoa + " " + type, 1, Integer::sum);
            }
            return new GeneratedImport(crimeIdPrefix, lsoaPrefix, rows, csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), counts);
        }

        long storedIncidents() throws Exception {
            return hotspotQuery("SELECT count(*) FROM hotspot.incident WHERE crime_id LIKE ?", crimeIdPrefix + "%").get(0).n();
        }

        long countedIncidents() throws Exception {
            return storedCounts().values().stream().mapToLong(Integer::longValue).sum();
        }

        Map<String, Integer> storedCounts() throws Exception {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            for (Counted row : hotspotQuery("SELECT month || ' ' || lsoa_code || ' ' || crime_type, n FROM hotspot.incident_count"
                    + " WHERE lsoa_code LIKE ? AND n > 0", lsoaPrefix + "%")) {
                counts.put(row.key(), (int) row.n());
            }
            return counts;
        }
    }

    record Counted(String key, long n) {
    }

    private static List<Counted> hotspotQuery(String sql, String parameter) throws Exception {
        Map<String, String> db = RunningSuite.suite().databaseAccess(Suite.Service.HOTSPOT);
        try (Connection c = DriverManager.getConnection(db.get("url"), db.get("user"), db.get("password"));
             PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, parameter);
            List<Counted> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getMetaData().getColumnCount() == 1 ? new Counted("", row.getLong(1))
                            : new Counted(row.getString(1), row.getLong(2)));
                }
            }
            return rows;
        }
    }

    /** An offence pushed as the token's system, its source id under a prefix of this test's own. */
    private static Map<String, Object> offence(String pnc, String prefix, String sourceId) {
        Map<String, Object> offence = new HashMap<>();
        offence.put("pncId", pnc);
        offence.put("sourceId", prefix + "-" + sourceId);
        offence.put("category", "THEFT_FROM_MOTOR_VEHICLE");
        offence.put("status", "CONVICTED");
        offence.put("offenceDate", "2026-08-02");
        return offence;
    }

    /** A new person in Hastings with this PNC ID, as the system tests create one: the id. */
    static String person(String token, String pnc) {
        return createPerson(token, pnc).then().statusCode(201).extract().path("id");
    }

    /** Sends the creation of a person in Hastings with this PNC ID and returns the answer, whatever it is. */
    static Response createPerson(String token, String pnc) {
        Map<String, Object> person = new HashMap<>();
        person.put("pncId", pnc);
        person.put("firstName", "Dean");
        person.put("lastName", "Rowe");
        person.put("dateOfBirth", "1990-03-04");
        person.put("gender", "MALE");
        person.put("ethnicity", "WHITE");
        person.put("schemeId", HASTINGS);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(person).post("/api/v1/offenders");
    }

    static String freshPnc() {
        return "2017/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "C";
    }

    /** What offender-service's own schema holds under a source-id prefix, read straight from PostgreSQL. */
    private static int storedFor(String prefix) throws Exception {
        Map<String, String> db = RunningSuite.suite().databaseAccess(Suite.Service.OFFENDER);
        try (Connection c = DriverManager.getConnection(db.get("url"), db.get("user"), db.get("password"));
             PreparedStatement count = c.prepareStatement("SELECT count(*) FROM offender.offence WHERE source_system = 'police-system'"
                     + " AND source_id LIKE ?")) {
            count.setString(1, prefix + "-%");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
