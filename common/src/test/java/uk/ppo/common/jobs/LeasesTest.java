package uk.ppo.common.jobs;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.postgresql.ds.PGSimpleDataSource;
import uk.ppo.suite.LocalPostgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Leases on a real PostgreSQL, two "replicas" being two {@link Leases} with their own owners on the same table. */
class LeasesTest {

    private static final TransactionSynchronizationRegistry NO_TRANSACTION = new FakeTransactions(Status.STATUS_NO_TRANSACTION);
    private static final JobTable TABLE = new JobTable("test-job", "test_job", "id", "status", "queued_at", "QUEUED", "RUNNING");
    private static LocalPostgres postgres;
    private static PGSimpleDataSource db;

    private final Leases replicaA = new Leases(db, TABLE, "replica-a", Duration.ofSeconds(30));
    private final Leases replicaB = new Leases(db, TABLE, "replica-b", Duration.ofSeconds(30));

    @BeforeAll
    static void startPostgres() throws SQLException {
        postgres = LocalPostgres.startEphemeral();
        db = new PGSimpleDataSource();
        db.setUrl(postgres.jdbcUrl("postgres"));
        db.setUser("postgres");
        sql("""
                CREATE TABLE test_job (id uuid PRIMARY KEY, status varchar(20) NOT NULL, queued_at timestamptz NOT NULL,
                    lease_owner varchar(120), lease_until timestamptz, claimed_at timestamptz, attempts int NOT NULL DEFAULT 0)""");
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void noJobs() throws SQLException {
        sql("DELETE FROM test_job");
    }

    @Test
    void replicasClaimTheOldestQueuedJobsOneEachAndNothingTwice() throws SQLException {
        UUID older = queue("now() - interval '2 minutes'");
        UUID newer = queue("now() - interval '1 minute'");

        Lease a = replicaA.claim().orElseThrow();
        Lease b = replicaB.claim().orElseThrow();

        assertEquals(older, a.jobId());
        assertEquals(newer, b.jobId());
        assertFalse(a.reclaimed());
        assertEquals(1, a.attempt());
        assertEquals(Optional.empty(), replicaA.claim());
        assertEquals("RUNNING replica-a 1", row(older));
        assertTrue(secondsLeft(older) > 25, "a fresh lease runs its full length");
    }

    @Test
    void aJobLockedByOneReplicasWritingTransactionIsSkippedByAnother() throws SQLException {
        UUID job = queue("now()");
        Lease a = replicaA.claim().orElseThrow();
        expire(job);
        try (Connection writing = db.getConnection()) {
            writing.setAutoCommit(false);
            replicaA.hold(writing, a);
            assertEquals(Optional.empty(), replicaB.claim(), "the row is locked: skipped, not waited for");
            writing.commit();
        }
        assertEquals(job, replicaB.claim().orElseThrow().jobId(), "once the writer committed, the expired lease is claimable");
    }

    @Test
    void anExpiredLeaseIsReclaimedAndTheFormerHolderCanNeitherRenewNorWrite() throws SQLException {
        UUID job = queue("now()");
        Lease a = replicaA.claim().orElseThrow();
        expire(job);

        Lease b = replicaB.claim().orElseThrow();

        assertEquals(job, b.jobId());
        assertTrue(b.reclaimed());
        assertEquals(2, b.attempt());
        assertFalse(replicaA.renew(a));
        assertTrue(a.lost());
        try (Connection writing = db.getConnection()) {
            assertThrows(LeaseLost.class, () -> replicaA.hold(writing, a));
            replicaB.hold(writing, b);
        }
        assertEquals("RUNNING replica-b 2", row(job));
    }

    @Test
    void aClaimFromTheSameReplicaFencesItsEarlierClaim() throws SQLException {
        UUID job = queue("now()");
        Lease first = replicaA.claim().orElseThrow();
        expire(job);
        Lease second = replicaA.claim().orElseThrow();

        assertFalse(replicaA.renew(first));
        assertTrue(replicaA.renew(second));
    }

    @Test
    void renewingKeepsTheJobFromOtherReplicas() throws SQLException {
        UUID job = queue("now()");
        Lease a = replicaA.claim().orElseThrow();
        sql("UPDATE test_job SET lease_until = now() + interval '1 second'");

        assertTrue(replicaA.renew(a));

        assertTrue(secondsLeft(job) > 25);
        assertEquals(Optional.empty(), replicaB.claim());
    }

    @Test
    void aFinishedOrCancelledJobIsNoLongerHeldAndIsNeverClaimed() throws SQLException {
        UUID job = queue("now()");
        Lease a = replicaA.claim().orElseThrow();
        sql("UPDATE test_job SET status = 'CANCELLED'");

        assertFalse(replicaA.renew(a));
        try (Connection writing = db.getConnection()) {
            assertThrows(LeaseLost.class, () -> replicaA.hold(writing, a));
        }
        expire(job);
        assertEquals(Optional.empty(), replicaB.claim());
    }

    @Test
    void aRunningJobWithoutALeaseIsClaimable() throws SQLException {
        UUID job = queue("now()");
        sql("UPDATE test_job SET status = 'RUNNING'");

        Lease b = replicaB.claim().orElseThrow();

        assertEquals(job, b.jobId());
        assertTrue(b.reclaimed());
    }

    @Test
    void releasingEndsTheLeaseAndKeepsWhoRanIt() throws SQLException {
        UUID job = queue("now()");
        Lease a = replicaA.claim().orElseThrow();
        try (Connection writing = db.getConnection()) {
            writing.setAutoCommit(false);
            replicaA.hold(writing, a);
            try (Statement s = writing.createStatement()) {
                s.executeUpdate("UPDATE test_job SET status = 'COMPLETED'");
            }
            replicaA.release(writing, a);
            writing.commit();
        }
        assertEquals("COMPLETED replica-a 1", row(job));
        assertEquals(null, scalar("SELECT lease_until FROM test_job"));
    }

    @Test
    void aJobHandedOverOnShutdownIsClaimableAtOnce() throws SQLException {
        UUID job = queue("now()");
        Lease a = replicaA.claim().orElseThrow();

        replicaA.handOver(a);

        assertTrue(a.lost());
        assertEquals(job, replicaB.claim().orElseThrow().jobId());
    }

    @Test
    void pollersOnTwoReplicasWorkEveryJobOnceAndTheHeartbeatKeepsALongJob() throws Exception {
        List<UUID> jobs = List.of(queue("now() - interval '3 seconds'"), queue("now() - interval '2 seconds'"), queue("now()"));
        ConcurrentLinkedQueue<String> worked = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(jobs.size());
        Leases shortA = new Leases(db, TABLE, "replica-a", Duration.ofMillis(600));
        Leases shortB = new Leases(db, TABLE, "replica-b", Duration.ofMillis(600));
        JobPoller.Worker worker = lease -> {
            try {
                Thread.sleep(1500);
                try (Connection c = db.getConnection()) {
                    c.setAutoCommit(false);
                    shortA.hold(c, lease);
                    try (PreparedStatement s = c.prepareStatement("UPDATE test_job SET status = 'COMPLETED' WHERE id = ?")) {
                        s.setObject(1, lease.jobId());
                        s.executeUpdate();
                    }
                    c.commit();
                }
                worked.add(lease.jobId() + " " + lease.attempt());
                done.countDown();
            } catch (InterruptedException | SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        JobMetrics metricsA = new JobMetrics(registry, shortA, NO_TRANSACTION);
        try (JobPoller a = new JobPoller(shortA, worker, metricsA, Duration.ofMillis(200), 1);
             JobPoller b = new JobPoller(shortB, worker, new JobMetrics(new SimpleMeterRegistry(), shortB, NO_TRANSACTION), Duration.ofMillis(200), 1)) {
            a.start();
            b.start();
            assertTrue(done.await(30, TimeUnit.SECONDS));
        }
        assertEquals(jobs.size(), worked.size());
        assertEquals(jobs.stream().map(id -> id + " 1").sorted().toList(), worked.stream().sorted().toList(),
                "each job worked once, by its first claim: the heartbeat kept every lease past its 600 ms");
        assertEquals(0.0, registry.get("ppo.jobs.reclaimed").counter().count());
    }

    @Test
    void metricsCountActiveJobsInTheTableAndTheOldestOnesAge() throws SQLException {
        queue("now() - interval '90 seconds'");
        queue("now()");
        replicaA.claim();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        JobMetrics metrics = new JobMetrics(registry, replicaA, NO_TRANSACTION);

        metrics.finishedOnCommit(JobMetrics.Outcome.CANCELLED);

        assertEquals(1.0, registry.get("ppo.jobs.active").tags("kind", "test-job", "state", "queued").gauge().value());
        assertEquals(1.0, registry.get("ppo.jobs.active").tags("kind", "test-job", "state", "running").gauge().value());
        double oldest = registry.get("ppo.jobs.oldest.active").tag("kind", "test-job").gauge().value();
        assertTrue(oldest >= 90 && oldest < 120, "oldest " + oldest);
        assertEquals(1.0, registry.get("ppo.jobs.finished").tags("kind", "test-job", "outcome", "cancelled").counter().count());
        assertEquals(0.0, registry.get("ppo.jobs.finished").tags("kind", "test-job", "outcome", "completed").counter().count());
    }

    @Test
    void aJobIsCountedFinishedOnceItsEndingTransactionCommitsAndNeverWhenItRollsBack() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        FakeTransactions transactions = new FakeTransactions();
        JobMetrics metrics = new JobMetrics(registry, replicaA, transactions);

        metrics.finishedOnCommit(JobMetrics.Outcome.COMPLETED);
        metrics.finishedOnCommit(JobMetrics.Outcome.FAILED);
        assertEquals(0.0, finished(registry, "completed"), "nothing counted while the ending transaction is open");
        transactions.end(Status.STATUS_COMMITTED);
        assertEquals(1.0, finished(registry, "completed"));
        assertEquals(1.0, finished(registry, "failed"));

        transactions.begin();
        metrics.finishedOnCommit(JobMetrics.Outcome.COMPLETED);
        transactions.end(Status.STATUS_ROLLEDBACK);
        assertEquals(1.0, finished(registry, "completed"), "a rolled-back end counts nothing");

        metrics.finishedOnCommit(JobMetrics.Outcome.CANCELLED);
        assertEquals(1.0, finished(registry, "cancelled"), "an end written outside a transaction is counted at once");
    }

    private static double finished(SimpleMeterRegistry registry, String outcome) {
        return registry.get("ppo.jobs.finished").tags("kind", "test-job", "outcome", outcome).counter().count();
    }

    private static UUID queue(String queuedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO test_job (id, status, queued_at) VALUES ('" + id + "', 'QUEUED', " + queuedAt + ")");
        return id;
    }

    private static void expire(UUID job) throws SQLException {
        sql("UPDATE test_job SET lease_until = now() - interval '1 second' WHERE id = '" + job + "'");
    }

    private static String row(UUID job) throws SQLException {
        return (String) scalar("SELECT status || ' ' || lease_owner || ' ' || attempts FROM test_job WHERE id = '" + job + "'");
    }

    private static double secondsLeft(UUID job) throws SQLException {
        return ((Number) scalar("SELECT EXTRACT(EPOCH FROM lease_until - now()) FROM test_job WHERE id = '" + job + "'")).doubleValue();
    }

    private static Object scalar(String query) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getObject(1);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
