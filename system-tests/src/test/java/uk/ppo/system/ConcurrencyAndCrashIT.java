package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;

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
 * and their counts add up exactly; a bulk push cut off by {@code kill -9} is all in or all out, and
 * sending it again converges.
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
                                .body(Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "decidedOn", LocalDate.now().toString(),
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
        Suite suite = RunningSuite.suite();
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

    private static Map<String, Object> offence(String pnc, String system, String sourceId) {
        Map<String, Object> offence = new HashMap<>();
        offence.put("pncId", pnc);
        offence.put("sourceSystem", system);
        offence.put("sourceId", sourceId);
        offence.put("category", "THEFT_FROM_MOTOR_VEHICLE");
        offence.put("status", "CONVICTED");
        offence.put("offenceDate", "2026-08-02");
        return offence;
    }

    private static String person(String token, String pnc) {
        Map<String, Object> person = new HashMap<>();
        person.put("pncId", pnc);
        person.put("firstName", "Dean");
        person.put("lastName", "Rowe");
        person.put("dateOfBirth", "1990-03-04");
        person.put("gender", "MALE");
        person.put("ethnicity", "WHITE");
        person.put("schemeId", HASTINGS);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(person)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
    }

    static String freshPnc() {
        return "2017/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "C";
    }

    /** What offender-service's own schema holds for a source system, read straight from PostgreSQL. */
    private static int storedFor(String sourceSystem) throws Exception {
        Map<String, String> db = RunningSuite.suite().databaseAccess(Suite.Service.OFFENDER);
        try (Connection c = DriverManager.getConnection(db.get("url"), db.get("user"), db.get("password"));
             PreparedStatement count = c.prepareStatement("SELECT count(*) FROM offender.offence WHERE source_system = ?")) {
            count.setString(1, sourceSystem);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
