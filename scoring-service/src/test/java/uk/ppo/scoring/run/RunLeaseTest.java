package uk.ppo.scoring.run;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.scoring.support.OffenderServiceStub;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ppo.scoring.run.RunResourceTest.COORDINATOR;
import static uk.ppo.scoring.run.RunResourceTest.awaitFinished;
import static uk.ppo.scoring.run.RunResourceTest.offender;
import static uk.ppo.scoring.run.RunResourceTest.scheme;
import static uk.ppo.scoring.run.RunResourceTest.staged;
import static uk.ppo.scoring.run.RunResourceTest.start;

/**
 * Score runs as jobs shared by replicas: a run another replica holds is left alone (a replica that starts fails
 * nothing), a run whose lease expired is taken over, scored again from the start and completed once, a worker that
 * lost its run writes nothing more, and a cancelled run stops and stores nothing. The "other replica" is played by
 * SQL on the run's lease columns; this test JVM's poller is the replica under test.
 */
@QuarkusTest
@QuarkusTestResource(OffenderServiceStub.class)
class RunLeaseTest {

    @Inject
    RunQueue queue;
    @Inject
    RunStore store;
    @Inject
    DataSource db;

    @BeforeAll
    static void connect() throws InterruptedException {
        RunResourceTest.connect();
        // RunResourceTest's last tests open the feed's circuit breaker on purpose; in %test it closes after 3 s
        Thread.sleep(3500);
    }

    @Test
    void aRunAnotherReplicaHoldsIsLeftAloneAndIsTakenOverAndCompletedOnceWhenItsLeaseExpires() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        RunResourceTest.Scheme s = RunResourceTest.slowScheme(first, second, 2500);
        String runId = start(s);
        await(() -> run(runId).getInt("scored") >= 1, "the first page scored");
        // another replica takes the run over (as if this one had stalled past its lease) and holds it for 10 minutes
        sql("UPDATE score_run SET lease_owner = 'other-replica', attempts = attempts + 1, lease_until = now() + interval '10 minutes'"
                + " WHERE id = '" + runId + "'");

        // this replica "starts again": start-up clean-up and a poll; its own worker finishes its slow page meanwhile
        store.discardOrphanedStaging();
        queue.launch();
        await(() -> !stillWorking(), "this replica's worker stopped");
        JsonPath held = run(runId);
        assertEquals("RUNNING", held.getString("status"), "a replica that starts fails nothing");
        assertEquals("other-replica", scalar("SELECT lease_owner FROM score_run WHERE id = '" + runId + "'"));
        assertEquals(1, staged(runId), "the worker that lost the run staged nothing more, and its earlier page is left to the holder");
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores/latest", second).then().statusCode(404);

        // the other replica dies: its lease runs out, and this replica takes the run over and runs it from the start
        sql("UPDATE score_run SET lease_until = now() - interval '1 second' WHERE id = '" + runId + "'");
        queue.launch();
        JsonPath done = awaitFinished(runId);

        assertEquals("COMPLETED", done.getString("status"), done.prettify());
        assertEquals(2, done.getInt("scored"));
        assertEquals(3, done.getInt("attempts"));
        assertEquals(100, done.getInt("percentDone"));
        assertTrue(done.getDouble("peoplePerSecond") > 0, done.prettify());
        assertEquals(2L, scalar("SELECT count(*) FROM score WHERE run_id = '" + runId + "'"), "each person scored once");
        assertEquals(2L, scalar("SELECT count(*) FROM audit_record WHERE action = 'SCORE_RUN' AND detail = 'run=" + runId + "'"));
        assertEquals(0, staged(runId));
        assertEquals(null, scalar("SELECT lease_until FROM score_run WHERE id = '" + runId + "'"), "the lease ended with the run");
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores/latest", first).then().statusCode(200)
                .body("runId", is(runId));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("ppo_jobs_reclaimed_total{kind=\"score-run\"}"), metrics);
        assertTrue(metrics.contains("ppo_jobs_finished_total{kind=\"score-run\",outcome=\"completed\"}"), metrics);
        assertTrue(metrics.contains("ppo_jobs_active{kind=\"score-run\",state=\"queued\"}"), metrics);
        assertTrue(metrics.contains("ppo_jobs_active{kind=\"score-run\",state=\"running\"}"), metrics);
        assertTrue(metrics.contains("ppo_jobs_oldest_active_seconds{kind=\"score-run\"}"), metrics);
    }

    @Test
    void aCancelledRunStopsAtItsNextPageAndStoresNothingAndAQueuedOneNeverStarts() {
        UUID first = UUID.randomUUID();
        RunResourceTest.Scheme s = RunResourceTest.slowScheme(first, UUID.randomUUID(), 2500);
        String running = start(s);
        await(() -> run(running).getInt("scored") >= 1, "the first page scored");
        RunResourceTest.Scheme waiting = scheme();
        String queued = start(waiting);

        given().auth().oauth2(TestTokens.forRole("offender-manager")).post("/api/v1/scoring/runs/{id}/cancel", running).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("hal.hastings").roles("coordinator").agency("police").schemes("HASTINGS").token())
                .post("/api/v1/scoring/runs/{id}/cancel", running).then().statusCode(404)
                .body("detail", is("No score run " + running));
        given().auth().oauth2(COORDINATOR).post("/api/v1/scoring/runs/{id}/cancel", running).then().statusCode(200)
                .body("state", is("CANCELLED")).body("status", is("FAILED")).body("cancelledBy", is("cora.coordinator"))
                .body("failure", is("Cancelled by cora.coordinator before it finished; nothing was stored.")).body("finishedAt", notNullValue());
        given().auth().oauth2(TestTokens.forRole("admin")).post("/api/v1/scoring/runs/{id}/cancel", queued).then().statusCode(200)
                .body("state", is("CANCELLED"));
        assertEquals(0, staged(running), "the page staged before the cancel is gone with it");

        await(() -> !stillWorking(), "the worker noticed and stopped");
        assertEquals("CANCELLED", run(running).getString("state"));
        assertEquals("CANCELLED", run(queued).getString("state"));
        assertEquals(0, staged(running));
        assertEquals(0L, scalar("SELECT count(*) FROM score WHERE run_id = '" + running + "'"));
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores/latest", first).then().statusCode(404);
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/runs/{id}/proposal", running).then().statusCode(409);
        offender.verifyThat(0, getRequestedFor(urlPathEqualTo("/api/v1/schemes/" + waiting.id() + "/scoring-inputs")));
        given().auth().oauth2(COORDINATOR).post("/api/v1/scoring/runs/{id}/cancel", running).then().statusCode(409)
                .body("detail", containsString("CANCELLED"));
        assertEquals(1L, scalar("SELECT count(*) FROM audit_record WHERE action = 'SCORE_RUN_CANCEL' AND username = 'cora.coordinator'"
                + " AND detail LIKE 'run=" + running + "%'"));
        assertTrue(given().get("/q/metrics").then().extract().asString()
                .contains("ppo_jobs_finished_total{kind=\"score-run\",outcome=\"cancelled\"}"));
        // the scheme is free for a new run
        start(s);
    }

    /*
     * Two starts of one scheme's run at once, as two replicas would take them: both find no active run, then insert.
     * The test holds their inserts back (a SHARE lock on score_run) until both have checked, so the race is certain.
     */
    @Test
    void ofTwoStartsOfASchemesRunAtOnceOneIsQueuedAndTheOtherIs409() throws Exception {
        RunResourceTest.Scheme s = scheme();
        ExecutorService callers = Executors.newFixedThreadPool(2);
        List<Future<Response>> starts = new ArrayList<>();
        try (Connection lock = db.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE score_run IN SHARE MODE");
            }
            for (int i = 0; i < 2; i++) {
                starts.add(callers.submit(() -> given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                        .body(Map.of("schemeId", s.id().toString())).post("/api/v1/scoring/runs")));
            }
            await(() -> ((Number) scalar("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query ILIKE 'insert into%score_run%'")).intValue() == 2, "both starts checked and waiting to insert");
            lock.commit();
        } finally {
            callers.shutdown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> start : starts) {
            Response response = start.get(30, TimeUnit.SECONDS);
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                response.then().contentType("application/problem+json")
                        .body("detail", is("A score run for this scheme is already queued or running"));
            }
        }
        assertEquals(List.of(202, 409), statuses.stream().sorted().toList());
        assertEquals(1L, scalar("SELECT count(*) FROM score_run WHERE scheme_id = '" + s.id() + "'"));
    }

    @Test
    void aRunningRunReportsItsProgressAndRate() {
        RunResourceTest.Scheme s = RunResourceTest.slowScheme(UUID.randomUUID(), UUID.randomUUID(), 1500);
        String runId = start(s);
        await(() -> run(runId).getInt("scored") >= 1, "the first page scored");
        JsonPath running = run(runId);
        assertEquals("RUNNING", running.getString("status"));
        assertEquals(2, running.getInt("totalPeople"));
        assertEquals(50, running.getInt("percentDone"));
        assertTrue(running.getDouble("peoplePerSecond") > 0, running.prettify());
        assertEquals(1, running.getInt("attempts"));
        assertEquals("COMPLETED", awaitFinished(runId).getString("status"));
    }

    private boolean stillWorking() {
        return queue.working() > 0;
    }

    private static JsonPath run(String runId) {
        return given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/runs/{id}", runId).then().statusCode(200).extract().jsonPath();
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Object scalar(String query) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(query); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
