package uk.ppo.hotspot.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import uk.ppo.common.jobs.JobMetrics;
import uk.ppo.common.jobs.JobTable;
import uk.ppo.common.jobs.Lease;
import uk.ppo.common.jobs.LeaseLost;
import uk.ppo.common.jobs.Leases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code incident_import} rows: queueing, progress, the ends, and reading jobs back. The lease columns are common's
 * {@link Leases}' (claim, renew, hold, release); every statement that writes to a running job holds its lease, so a
 * replica that lost the job (its lease expired and another claimed it, or the job was cancelled) writes nothing. The
 * write that ends a job counts it in the jobs' metrics (kind {@code incident-import}) once it commits.
 */
@ApplicationScoped
class ImportJobRepository {

    static final JobTable TABLE = new JobTable("incident-import", "incident_import", "id", "status", "submitted_at",
            ImportStatus.QUEUED.name(), ImportStatus.RUNNING.name());
    private static final String COLUMNS = "id, status, skip_invalid, submitted_at, claimed_at, progress_at, finished_at, attempts,"
            + " bytes_read, upload_bytes, rows_read, report, failure";

    /** What a worker needs to run a job it claimed. */
    record Settings(boolean gzip, boolean skipInvalid) {
    }

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Leases leases;
    private final JobMetrics metrics;

    ImportJobRepository(AgroalDataSource dataSource, ObjectMapper json, ImportConfig config, MeterRegistry registry,
                        TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.json = json;
        this.leases = new Leases(dataSource, TABLE, Leases.replicaId(), config.lease());
        this.metrics = new JobMetrics(registry, leases, transactions);
    }

    Leases leases() {
        return leases;
    }

    JobMetrics metrics() {
        return metrics;
    }

    /** Queues a job; its upload is stored after it, in the same transaction. */
    void insert(Connection connection, UUID id, boolean gzip, boolean skipInvalid, String submittedBy) throws SQLException {
        update(connection, "INSERT INTO incident_import (id, status, gzip, skip_invalid, submitted_by, submitted_at, upload_bytes)"
                + " VALUES (?, 'QUEUED', ?, ?, ?, now(), 0)", id, gzip, skipInvalid, submittedBy);
    }

    void uploaded(Connection connection, UUID id, long bytes) throws SQLException {
        update(connection, "UPDATE incident_import SET upload_bytes = ? WHERE id = ?", bytes, id);
    }

    Settings settings(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT gzip, skip_invalid FROM incident_import WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new Settings(rs.getBoolean(1), rs.getBoolean(2));
            }
        }
    }

    /** Writes how far the claim has got; false when the job is no longer this claim's (cancelled, or taken over). */
    boolean progress(Lease lease, long bytesRead, long rowsRead) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, "UPDATE incident_import SET bytes_read = ?, rows_read = ?, progress_at = now()"
                    + " WHERE id = ? AND lease_owner = ? AND attempts = ? AND status = 'RUNNING'",
                    bytesRead, rowsRead, lease.jobId(), lease.owner(), lease.attempt()) == 1;
        }
    }

    /** In the import's own transaction: COMPLETED with its report, only while the lease is held ({@link LeaseLost} if not). */
    void complete(Connection connection, Lease lease, ImportReport report, long rowsRead) throws SQLException {
        leases.hold(connection, lease);
        update(connection, "UPDATE incident_import SET status = 'COMPLETED', report = ?::jsonb, rows_read = ?, bytes_read = upload_bytes,"
                + " progress_at = now(), finished_at = now() WHERE id = ?", write(report), rowsRead, lease.jobId());
        leases.release(connection, lease);
        deleteUpload(connection, lease.jobId());
        metrics.finishedOnCommit(JobMetrics.Outcome.COMPLETED);
    }

    /** FAILED with its problem, while the lease is held; nothing if it is no longer this claim's. */
    @Transactional
    void fail(Lease lease, ImportFailure failure) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            leases.hold(connection, lease);
            update(connection, "UPDATE incident_import SET status = 'FAILED', failure = ?::jsonb, finished_at = now() WHERE id = ?",
                    write(failure), lease.jobId());
            leases.release(connection, lease);
            deleteUpload(connection, lease.jobId());
            metrics.finishedOnCommit(JobMetrics.Outcome.FAILED);
        } catch (LeaseLost e) {
            // another replica has it, or it was cancelled: not this claim's to end
        }
    }

    /**
     * Cancels a queued or running job; the status it has afterwards, empty when there is no such job. A running import
     * loses its lease with it: it stops at its next chunk and its transaction, never committed, stores nothing.
     */
    Optional<ImportStatus> cancel(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement cancel = connection.prepareStatement("""
                WITH cancelled AS (UPDATE incident_import SET status = 'CANCELLED', finished_at = now(), lease_until = NULL
                                    WHERE id = ? AND status IN ('QUEUED', 'RUNNING') RETURNING status)
                SELECT status, true FROM cancelled
                UNION ALL SELECT status, false FROM incident_import WHERE id = ? AND NOT EXISTS (SELECT 1 FROM cancelled)""")) {
            cancel.setObject(1, id);
            cancel.setObject(2, id);
            try (ResultSet rs = cancel.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (rs.getBoolean(2)) {
                    deleteUpload(connection, id);
                    metrics.finishedOnCommit(JobMetrics.Outcome.CANCELLED);
                }
                return Optional.of(ImportStatus.valueOf(rs.getString(1)));
            }
        }
    }

    /** The job, if it exists and {@code submittedBy} is its submitter or null (any submitter). */
    Optional<ImportJob> find(UUID id, String submittedBy) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM incident_import WHERE id = ? AND (?::text IS NULL OR submitted_by = ?)")) {
            select.setObject(1, id);
            select.setString(2, submittedBy);
            select.setString(3, submittedBy);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(job(rs)) : Optional.empty();
            }
        }
    }

    /** A page of jobs, newest first, of one submitter or (null) all. */
    List<ImportJob> recent(String submittedBy, int offset, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM incident_import WHERE (?::text IS NULL OR submitted_by = ?)"
                        + " ORDER BY submitted_at DESC, id OFFSET ? LIMIT ?")) {
            select.setString(1, submittedBy);
            select.setString(2, submittedBy);
            select.setInt(3, offset);
            select.setInt(4, limit);
            List<ImportJob> jobs = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    jobs.add(job(rs));
                }
            }
            return jobs;
        }
    }

    long count(String submittedBy) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) FROM incident_import WHERE (?::text IS NULL OR submitted_by = ?)")) {
            select.setString(1, submittedBy);
            select.setString(2, submittedBy);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void deleteUpload(Connection connection, UUID id) throws SQLException {
        update(connection, "DELETE FROM incident_import_upload WHERE import_id = ?", id);
    }

    private ImportJob job(ResultSet rs) throws SQLException {
        Instant started = instant(rs.getTimestamp("claimed_at"));
        Instant progressAt = instant(rs.getTimestamp("progress_at"));
        long rows = rs.getLong("rows_read");
        long millis = started == null || progressAt == null ? 0 : Duration.between(started, progressAt).toMillis();
        ImportJob.Progress progress = new ImportJob.Progress(rs.getLong("bytes_read"), rs.getLong("upload_bytes"), rows,
                millis <= 0 ? 0 : Math.round(rows * 1000.0 / millis));
        return new ImportJob(rs.getObject("id", UUID.class), ImportStatus.valueOf(rs.getString("status")), rs.getBoolean("skip_invalid"),
                instant(rs.getTimestamp("submitted_at")), started, instant(rs.getTimestamp("finished_at")), rs.getInt("attempts"),
                progress, read(rs.getString("report"), ImportReport.class),
                read(rs.getString("failure"), ImportFailure.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return value == null ? null : json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
