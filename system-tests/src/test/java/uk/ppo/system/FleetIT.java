package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite as a fleet: two of each service and two gateways behind the launcher's round-robin
 * ({@code ppo.system-test.replicas=2}, failsafe's {@code fleet} execution). A caller's rate limit holds across the
 * gateways, each allowing its share; a score run and an incident import survive the replica working on them being
 * killed ({@code kill -9}): the other replica takes the job over once its lease expires and finishes it, nothing lost
 * and nothing doubled.
 */
@Tag("fleet")
@ExtendWith(RunningSuite.class)
class FleetIT {

    /**
     * The {@code user} class as the fleet execution sets it (system-tests pom): 120 a minute, a burst of 40, low enough
     * that even a loaded machine (3.4 requests a second measured at a load average of 50) spends the burst faster
     * than the bucket refills.
     */
    private static final int USER_BURST = 40;
    private static final double USER_PER_SECOND = 120 / 60.0;
    /** What the two gateways together may differ from one limit by: 5 % of it, and the rounding of each share. */
    private static final double TOLERANCE = 0.05;
    /** Large enough that a replica is still at work when the test has found and killed it. */
    private static final int RUN_PEOPLE = 50_000;
    private static final int IMPORT_ROWS = 300_000;
    /** Lease expiry, then the whole job again on the other replica, on a loaded 2-core machine. */
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);

    @Test
    void aCallersRateLimitHoldsAcrossBothGatewaysWithinFivePercent() throws Exception {
        assertEquals(2, RunningSuite.suite().config().replicas(), "FleetIT needs the two-replica suite");
        String analyst = RunningSuite.tokenFor("ann.analyst");
        int sent = 500;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < sent; i++) {
                answers.add(pool.submit(() -> given().auth().oauth2(analyst).get("/api/v1/schemes")));
            }
            int admitted = 0;
            int refused = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get(120, TimeUnit.SECONDS);
                if (response.statusCode() == 429) {
                    refused++;
                    assertTrue(Integer.parseInt(response.header("Retry-After")) >= 1, response.asString());
                } else {
                    assertEquals(200, response.statusCode(), response.asString());
                    assertEquals("120", response.header("X-RateLimit-Limit"), "the policy is the whole limit, not a share");
                    admitted++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double allowed = Math.min(sent, USER_BURST + USER_PER_SECOND * seconds);
            System.out.printf("FLEET rate limit through 2 gateways: %d of %d admitted in %.1f s, one limit allows %.0f"
                    + " (each gateway alone would allow %.0f)%n", admitted, sent, seconds, allowed, 2 * allowed);
            assertEquals(sent, admitted + refused);
            assertTrue(allowed < sent, "too slow to spend the burst: " + sent + " requests in " + seconds + " s");
            assertTrue(Math.abs(admitted - allowed) <= TOLERANCE * allowed + 2,
                    admitted + " admitted where one limit allows " + Math.round(allowed) + " in " + seconds + " s");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScoreRunSurvivesTheReplicaWorkingOnItBeingKilledAndScoresEveryoneOnce() throws Exception {
        SuiteControl suite = RunningSuite.suite();
        UUID scheme = UUID.randomUUID();
        ScoringRunBenchmarkIT.load(suite.databaseAccess(Suite.Service.OFFENDER), scheme, RUN_PEOPLE, 3);
        String runId = given().auth().oauth2(RunningSuite.tokenFor("cora.coordinator")).contentType(ContentType.JSON)
                .body(Map.of("schemeId", scheme.toString(), "asOf", LocalDate.now(ZoneOffset.UTC).toString()))
                .post("/api/v1/scoring/runs").then().statusCode(202).extract().path("id");

        int holder = ReplicaAtWork.await(suite, Suite.Service.SCORING, "ScoreRunner", Duration.ofMinutes(2));
        suite.killReplica(Suite.Service.SCORING, holder);
        long killedAt = System.nanoTime();

        JsonPath run = awaitFinished("/api/v1/scoring/runs/" + runId, () -> RunningSuite.tokenFor("cora.coordinator"));
        System.out.printf("FLEET score run of %,d people: replica %d killed mid-run, finished %s by the other %.1f s later"
                + " (attempts %d)%n", RUN_PEOPLE, holder, run.getString("status"), (System.nanoTime() - killedAt) / 1e9, run.getInt("attempts"));
        assertEquals("COMPLETED", run.getString("status"), run.prettify());
        assertEquals(RUN_PEOPLE, run.getInt("scored"));
        assertTrue(run.getInt("attempts") >= 2, "taken over by the other replica: " + run.prettify());
        assertEquals(List.of((long) RUN_PEOPLE, (long) RUN_PEOPLE), scoresOfRun(suite, runId), "scores, people scored");
    }

    @Test
    void anIncidentImportSurvivesTheReplicaWorkingOnItBeingKilledAndStoresEveryRowOnce() throws Exception {
        SuiteControl suite = RunningSuite.suite();
        ConcurrencyAndCrashIT.GeneratedImport file = ConcurrencyAndCrashIT.GeneratedImport.of(IMPORT_ROWS);
        Response accepted = given().auth().oauth2(RunningSuite.clientToken("police-system", "police-system-local-secret"))
                .contentType("text/csv").body(file.csv()).post("/api/v1/incidents/imports");
        assertEquals(202, accepted.statusCode(), accepted.asString());
        // the path only: polled through the gateway, whatever host the service wrote into Location
        String job = java.net.URI.create(accepted.header("Location")).getPath();

        int holder = ReplicaAtWork.await(suite, Suite.Service.HOTSPOT, "IncidentImporter", Duration.ofMinutes(2));
        suite.killReplica(Suite.Service.HOTSPOT, holder);
        long killedAt = System.nanoTime();

        JsonPath done = awaitFinished(job, () -> RunningSuite.clientToken("police-system", "police-system-local-secret"));
        System.out.printf("FLEET incident import of %,d rows: replica %d killed mid-import, finished %s by the other %.1f s later"
                + " (attempts %d)%n", file.rows(), holder, done.getString("status"), (System.nanoTime() - killedAt) / 1e9, done.getInt("attempts"));
        assertEquals("COMPLETED", done.getString("status"), done.prettify());
        assertTrue(done.getInt("attempts") >= 2, "taken over by the other replica: " + done.prettify());
        assertEquals(file.rows(), done.getInt("report.accepted"), done.prettify());
        assertEquals(0, done.getInt("report.duplicates"), done.prettify());
        assertEquals(file.rows(), file.storedIncidents(), "every row stored once");
        assertEquals(file.expectedCounts(), file.storedCounts(), "the monthly counts hold each row once");
    }

    /** Polls a job (score run or import) until it is no longer queued or running, with a fresh token each poll. */
    private static JsonPath awaitFinished(String path, Supplier<String> token) throws InterruptedException {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        JsonPath job = null;
        while (System.nanoTime() < deadline) {
            Response response = given().auth().oauth2(token.get()).get(path);
            // until the round-robin's next probe, a request may still be sent to the killed replica (502)
            if (response.statusCode() != 502) {
                assertEquals(200, response.statusCode(), response.asString());
                job = response.jsonPath();
                if (!List.of("QUEUED", "RUNNING").contains(job.getString("status"))) {
                    return job;
                }
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("still unfinished after " + JOB_TIMEOUT.toMinutes() + " min: " + (job == null ? path : job.prettify()));
    }

    /** How many scores the run stored, and for how many different people. */
    private static List<Long> scoresOfRun(SuiteControl suite, String runId) throws Exception {
        Map<String, String> db = suite.databaseAccess(Suite.Service.SCORING);
        try (Connection c = DriverManager.getConnection(db.get("url"), db.get("user"), db.get("password"));
             PreparedStatement count = c.prepareStatement(
                     "SELECT count(*), count(DISTINCT person_id) FROM scoring.score WHERE run_id = ?::uuid")) {
            count.setString(1, runId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return List.of(row.getLong(1), row.getLong(2));
            }
        }
    }
}
