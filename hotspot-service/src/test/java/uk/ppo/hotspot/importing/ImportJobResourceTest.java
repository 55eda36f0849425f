package uk.ppo.hotspot.importing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.jobs.Lease;
import uk.ppo.common.jobs.LeaseLost;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.hotspot.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ppo.hotspot.Fixtures.ADMIN;
import static uk.ppo.hotspot.Fixtures.PARTNER;
import static uk.ppo.hotspot.Fixtures.crimes;
import static uk.ppo.hotspot.Fixtures.csv;
import static uk.ppo.hotspot.importing.ImportResourceTest.stored;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class ImportJobResourceTest {

    static final String IMPORTS = "/api/v1/incidents/imports";
    static final String OTHER_PARTNER = TestTokens.user("kent-police-system").roles("partner-system").token();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ImportJobRepository repository;

    static io.restassured.response.Response submit(byte[] body, boolean skipInvalid) {
        return given().auth().oauth2(PARTNER).contentType("text/csv").queryParam("skipInvalid", skipInvalid).body(body)
                .when().post(IMPORTS);
    }

    static String submitted(byte[] body, boolean skipInvalid) {
        return submit(body, skipInvalid).then().statusCode(202).extract().path("id");
    }

    static JsonPath job(String id) {
        return given().auth().oauth2(PARTNER).when().get(IMPORTS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Polls the job until it ends (five minutes at most: the machine may be busy); every state seen, in order. */
    static List<JsonPath> untilFinished(String id) throws InterruptedException {
        List<JsonPath> seen = new ArrayList<>();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath job = job(id);
            seen.add(job);
            if (List.of("COMPLETED", "FAILED", "CANCELLED").contains(job.getString("status"))) {
                return seen;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("import job " + id + " did not finish: " + seen.get(seen.size() - 1).prettify());
    }

    static JsonPath finished(String id) throws InterruptedException {
        List<JsonPath> seen = untilFinished(id);
        return seen.get(seen.size() - 1);
    }

    @Nested
    class Submitting {

        @Test
        void anUploadIsAcceptedWith202AndALocationAndTheJobReportsWhatItImported() throws InterruptedException {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            byte[] body = csv(crimes(1_500, "2040-01", h.l1(), "Burglary"));
            var accepted = submit(body, false).then().statusCode(202)
                    .header("Location", matchesPattern(".*" + IMPORTS + "/[0-9a-f-]{36}$"))
                    .body("status", oneOf("QUEUED", "RUNNING", "COMPLETED"))
                    .body("progress.bytesTotal", equalTo(body.length))
                    .extract();
            String id = accepted.path("id");
            assertTrue(accepted.header("Location").endsWith(IMPORTS + "/" + id));

            JsonPath done = finished(id);
            assertEquals("COMPLETED", done.getString("status"));
            assertEquals(1_500, done.getInt("report.accepted"));
            assertEquals(0, done.getInt("report.duplicates"));
            assertEquals(1_500, done.getLong("progress.rowsRead"));
            assertEquals(body.length, done.getLong("progress.bytesRead"));
            assertEquals(1, done.getInt("attempts"));
            assertEquals(1_500, stored(h, "2040-01"));
            assertEquals(0, uploadParts(id), "the upload is deleted when the job finishes");
        }

        @Test
        void progressIsReadableWhileALargeUploadIsImported() throws InterruptedException, IOException {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            byte[] body = gzip(csv(crimes(60_000, "2040-02", h.l1(), "Drugs")));
            String id = given().auth().oauth2(PARTNER).contentType("application/gzip").body(body)
                    .when().post(IMPORTS).then().statusCode(202).extract().path("id");

            List<JsonPath> seen = untilFinished(id);
            assertTrue(seen.stream().anyMatch(job -> job.getString("status").equals("RUNNING")
                            && job.getLong("progress.rowsRead") > 0 && job.getLong("progress.rowsRead") < 60_000
                            && job.getLong("progress.bytesRead") > 0 && job.getLong("progress.rowsPerSecond") > 0),
                    "some poll saw the import part-way, with its rate");
            JsonPath done = seen.get(seen.size() - 1);
            assertEquals("COMPLETED", done.getString("status"));
            assertEquals(60_000, done.getLong("report.accepted"));
            assertEquals(60_000, stored(h, "2040-02"));
        }

        @Test
        void rejectedRowsAreReportedWithLineAndReasonWhenSkipped() throws InterruptedException {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            List<String> rows = new ArrayList<>(crimes(3, "2040-03", h.l1(), "Drugs"));
            rows.add(1, Fixtures.crimeId() + ",2040-13,Sussex Police,Sussex Police,0.31,50.91,On or near X," + h.l1() + ",T,Drugs,,");
            rows.add(Fixtures.crimeId() + ",2040-03,P,P,0.31,50.91,X," + h.l1() + ",T,Jaywalking,,");
            JsonPath done = finished(submitted(csv(rows), true));
            assertEquals("COMPLETED", done.getString("status"));
            assertEquals(3, done.getInt("report.accepted"));
            assertEquals(2, done.getInt("report.rejected"));
            assertEquals(List.of(3, 6), done.getList("report.errors.line"));
            assertTrue(done.getString("report.errors[0].reason").contains("2040-13 is not a month"));
            assertTrue(done.getString("report.errors[1].reason").contains("Crime type"));
            assertEquals(3, stored(h, "2040-03"));
        }

        @Test
        void anInvalidRowFailsTheJobNamingTheLineAndStoresNothing() throws InterruptedException {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            List<String> rows = new ArrayList<>(crimes(2_000, "2040-04", h.l1(), "Drugs")); // merged in 700-row chunks first
            rows.add(Fixtures.crimeId() + ",2040-04,Sussex Police,Sussex Police,0.31,north,On or near X," + h.l1() + ",T,Drugs,,");
            String id = submitted(csv(rows), false);
            JsonPath done = finished(id);
            assertEquals("FAILED", done.getString("status"));
            assertEquals(400, done.getInt("failure.status"));
            assertEquals("line 2002", done.getString("failure.violations[0].field"));
            assertTrue(done.getString("failure.detail").contains("nothing was imported"));
            assertEquals(0, stored(h, "2040-04"));
            assertEquals(0, uploadParts(id));
        }

        @Test
        void aGzipBombIsRefusedWith413NamingTheLimitAndNothingIsStored() throws IOException {
            long jobsBefore = jobCount();
            byte[] bomb = gzip(zeros(65 << 20)); // the tests' uncompressed limit is 64 MB (pom.xml)
            given().auth().oauth2(PARTNER).contentType("application/gzip").body(bomb)
                    .when().post(IMPORTS).then().statusCode(413)
                    .contentType("application/problem+json")
                    .body("detail", containsString("larger than 67108864 bytes"));
            assertEquals(jobsBefore, jobCount());
        }

        @Test
        void aBrokenGzipIsRefusedAtOnce() {
            given().auth().oauth2(PARTNER).contentType("application/gzip").body(new byte[] {0x1f, (byte) 0x8b, 1, 2, 3})
                    .when().post(IMPORTS).then().statusCode(400)
                    .body("violations[0].field", equalTo("body"));
        }
    }

    @Nested
    class Cancelling {

        @Test
        void aRunningImportIsCancelledAndStoresNothing() throws Exception {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            String id = submitted(csv(crimes(100_000, "2040-05", h.l1(), "Robbery")), false);
            JsonPath job = job(id);
            while (job.getString("status").equals("QUEUED") || job.getLong("progress.rowsRead") == 0) {
                Thread.sleep(20);
                job = job(id);
            }
            double cancelledBefore = finishedJobs("cancelled");
            ExecutorService callers = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> cancels = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    cancels.add(callers.submit(() -> given().auth().oauth2(PARTNER).when().post(IMPORTS + "/" + id + "/cancel")
                            .then().statusCode(200).body("status", equalTo("CANCELLED"))));
                }
                for (Future<?> cancel : cancels) {
                    cancel.get();
                }
            } finally {
                callers.shutdown();
            }
            assertEquals(cancelledBefore + 1, finishedJobs("cancelled"), "three cancels at once end the job, and count it, once");
            Thread.sleep(3_000); // the import stops at its next chunk; its transaction never commits
            assertEquals(0, stored(h, "2040-05"));
            assertEquals("CANCELLED", job(id).getString("status"));
            assertEquals(0, uploadParts(id));

            given().auth().oauth2(PARTNER).when().post(IMPORTS + "/" + id + "/cancel").then().statusCode(200)
                    .body("status", equalTo("CANCELLED"));
        }

        @Test
        void aCompletedImportCannotBeCancelled() throws InterruptedException {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            String id = submitted(csv(crimes(2, "2040-06", h.l1(), "Robbery")), false);
            assertEquals("COMPLETED", finished(id).getString("status"));
            given().auth().oauth2(PARTNER).when().post(IMPORTS + "/" + id + "/cancel").then().statusCode(409)
                    .contentType("application/problem+json");
            assertEquals(2, stored(h, "2040-06"));
        }
    }

    @Nested
    class Leases {

        /*
         * A replica claimed the job and died mid-import: its transaction never committed, its lease ran out. This
         * replica's worker claims the job again and imports the stored upload once; the dead replica's lease can no
         * longer complete it.
         */
        @Test
        void aJobWhoseLeaseExpiredIsCompletedByAnotherWorkerOnce() throws Exception {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            byte[] body = csv(crimes(1_000, "2040-07", h.l1(), "Shoplifting"));
            UUID id = UUID.randomUUID();
            try (Connection c = dataSource.getConnection()) {
                execute(c, "INSERT INTO incident_import (id, status, gzip, skip_invalid, submitted_by, submitted_at, claimed_at,"
                        + " upload_bytes, attempts, lease_owner, lease_until, rows_read) VALUES (?, 'RUNNING', false, false,"
                        + " 'sussex-police-system', now(), now(), ?, 1, 'dead-replica', now() - interval '1 second', 700)", id, body.length);
                execute(c, "INSERT INTO incident_import_upload (import_id, part, bytes) VALUES (?, 0, ?)", id, body);
            }
            double completedBefore = finishedJobs("completed");
            JsonPath done = finished(id.toString());
            assertEquals("COMPLETED", done.getString("status"));
            assertEquals(2, done.getInt("attempts"));
            assertEquals(completedBefore + 1, finishedJobs("completed"), "counted once, by the claim that completed it");
            assertEquals(1_000, done.getInt("report.accepted"));
            assertEquals(1_000, stored(h, "2040-07"));

            try (Connection c = dataSource.getConnection()) {
                Lease dead = new Lease(id, "dead-replica", 1, false, Instant.now());
                assertThrows(LeaseLost.class, () -> repository.complete(c, dead, new ImportReport(1_000, 0, 0, 0, 0, List.of()), 1_000),
                        "the dead replica's lease completes nothing");
            }
            assertEquals(1_000, stored(h, "2040-07"));
        }
    }

    @Nested
    class Access {

        @Test
        void aPartnerSystemSeesItsOwnJobsAndAdminsSeeAll() throws InterruptedException {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            String id = submitted(csv(crimes(1, "2040-08", h.l1(), "Drugs")), false);
            finished(id);
            given().auth().oauth2(PARTNER).queryParam("size", 500).when().get(IMPORTS).then().statusCode(200)
                    .body("items.id", hasItem(id));
            given().auth().oauth2(ADMIN).when().get(IMPORTS + "/" + id).then().statusCode(200);
            given().auth().oauth2(OTHER_PARTNER).when().get(IMPORTS + "/" + id).then().statusCode(404);
            given().auth().oauth2(OTHER_PARTNER).when().post(IMPORTS + "/" + id + "/cancel").then().statusCode(404);
            given().auth().oauth2(OTHER_PARTNER).queryParam("size", 500).when().get(IMPORTS).then().statusCode(200)
                    .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
            for (String role : new String[] {"analyst", "coordinator", "officer"}) {
                given().auth().oauth2(TestTokens.forRole(role)).when().get(IMPORTS + "/" + id).then().statusCode(403);
                given().auth().oauth2(TestTokens.forRole(role)).contentType("text/csv").body(Fixtures.HEADER + "\n")
                        .when().post(IMPORTS).then().statusCode(403);
            }
            given().when().get(IMPORTS).then().statusCode(401);
        }

        @Test
        void theDeprecatedImportSaysSoAndNamesItsSuccessor() {
            Fixtures.importCsv((Fixtures.HEADER + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                    .then().statusCode(200)
                    .header("Deprecation", equalTo(DeprecationHeaders.DEPRECATED_SINCE))
                    .header("Link", containsString("<" + IMPORTS + ">; rel=\"successor-version\""));
            Fixtures.importCsv(new byte[0], "text/csv").then().statusCode(400)
                    .header("Deprecation", equalTo(DeprecationHeaders.DEPRECATED_SINCE));
        }
    }

    private static double finishedJobs(String outcome) {
        String series = "ppo_jobs_finished_total{kind=\"incident-import\",outcome=\"" + outcome + "\"} ";
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series)).mapToDouble(line -> Double.parseDouble(line.substring(series.length())))
                .findFirst().orElseThrow(() -> new AssertionError("no series " + series));
    }

    private long uploadParts(String id) {
        return countWhere("SELECT count(*) FROM incident_import_upload WHERE import_id = ?", UUID.fromString(id));
    }

    private long jobCount() {
        return countWhere("SELECT count(*) FROM incident_import WHERE ? IS NOT NULL", 1);
    }

    private long countWhere(String sql, Object value) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    private static byte[] zeros(int n) {
        return new byte[n];
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
