package uk.ppo.hotspot.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

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
 * The {@code incident_import} rows: queueing, the lease (claim, renew, give up), the ends, and reading jobs back.
 * Every statement that ends a running job names the lease it holds, so a replica that lost its lease changes nothing.
 */
@ApplicationScoped
class ImportJobRepository {

    private static final String COLUMNS = "id, status, skip_invalid, submitted_at, started_at, progress_at, finished_at, attempts,"
            + " cancel_requested, bytes_read, upload_bytes, rows_read, report, failure";
    private static final String CLAIM = """
            UPDATE incident_import SET status = 'RUNNING', attempts = attempts + 1, lease_owner = ?,
                   lease_until = now() + make_interval(secs => ?), started_at = now(), progress_at = now(), bytes_read = 0, rows_read = 0
             WHERE id = (SELECT id FROM incident_import
                          WHERE (status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < now()))
                            AND NOT cancel_requested AND attempts < ?
                          ORDER BY submitted_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, gzip, skip_invalid""";
    /** Jobs whose lease expired that are not to be tried again: cancelled while running, or out of attempts. */
    private static final String ABANDONED = """
            UPDATE incident_import SET status = CASE WHEN cancel_requested THEN 'CANCELLED' ELSE 'FAILED' END,
                   failure = CASE WHEN cancel_requested THEN NULL ELSE ?::jsonb END, finished_at = now(), lease_owner = NULL, lease_until = NULL
             WHERE status = 'RUNNING' AND lease_until < now() AND (cancel_requested OR attempts >= ?)
            RETURNING id""";

    /** A job this replica holds: what it needs to run it, and the lease that names it as the holder. */
    record Claimed(UUID id, boolean gzip, boolean skipInvalid, String lease) {
    }

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    ImportJobRepository(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Queues a job; its upload is stored after it, in the same transaction. */
    void insert(Connection connection, UUID id, boolean gzip, boolean skipInvalid, String submittedBy) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO incident_import (id, status, gzip, skip_invalid,"
                + " submitted_by, submitted_at, upload_bytes) VALUES (?, 'QUEUED', ?, ?, ?, now(), 0)")) {
            insert.setObject(1, id);
            insert.setBoolean(2, gzip);
            insert.setBoolean(3, skipInvalid);
            insert.setString(4, submittedBy);
            insert.executeUpdate();
        }
    }

    void uploaded(Connection connection, UUID id, long bytes) throws SQLException {
        update(connection, "UPDATE incident_import SET upload_bytes = ? WHERE id = ?", bytes, id);
    }

    /** The oldest job to do, claimed for {@code lease} ({@code FOR UPDATE SKIP LOCKED}: replicas never claim the same one). */
    Optional<Claimed> claim(String lease, Duration leaseFor, int maxAttempts) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, lease);
            claim.setDouble(2, leaseFor.toMillis() / 1000.0);
            claim.setInt(3, maxAttempts);
            try (ResultSet rs = claim.executeQuery()) {
                return rs.next() ? Optional.of(new Claimed(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getBoolean(3), lease))
                        : Optional.empty();
            }
        }
    }

    /** Ends the jobs whose replica stopped and that are not to be restarted; their uploads go with them. */
    List<UUID> endAbandoned(int maxAttempts) throws SQLException {
        String failure = write(new ImportFailure(500, "Internal error", "The import was stopped " + maxAttempts
                + " times by its replica stopping; nothing was stored. Submit it again", List.of()));
        List<UUID> ended = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement end = connection.prepareStatement(ABANDONED)) {
            end.setString(1, failure);
            end.setInt(2, maxAttempts);
            try (ResultSet rs = end.executeQuery()) {
                while (rs.next()) {
                    ended.add(rs.getObject(1, UUID.class));
                }
            }
            for (UUID id : ended) {
                deleteUpload(connection, id);
            }
        }
        return ended;
    }

    /**
     * Writes the progress and renews the lease. False when the job is no longer this lease's (it expired and another
     * replica claimed the job) or was asked to stop: the import is to stop.
     */
    boolean renew(Claimed job, Duration leaseFor, long bytesRead, long rowsRead) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement renew = connection.prepareStatement(
                "UPDATE incident_import SET bytes_read = ?, rows_read = ?, progress_at = now(), lease_until = now() + make_interval(secs => ?)"
                        + " WHERE id = ? AND lease_owner = ? AND status = 'RUNNING' RETURNING cancel_requested")) {
            renew.setLong(1, bytesRead);
            renew.setLong(2, rowsRead);
            renew.setDouble(3, leaseFor.toMillis() / 1000.0);
            renew.setObject(4, job.id());
            renew.setString(5, job.lease());
            try (ResultSet rs = renew.executeQuery()) {
                return rs.next() && !rs.getBoolean(1);
            }
        }
    }

    /** In the import's own transaction: COMPLETED with its report, only while the lease is still held and no stop asked. */
    boolean complete(Connection connection, Claimed job, ImportReport report, long rowsRead) throws SQLException {
        int updated = update(connection, "UPDATE incident_import SET status = 'COMPLETED', report = ?::jsonb, rows_read = ?,"
                + " bytes_read = upload_bytes, progress_at = now(), finished_at = now(), lease_owner = NULL, lease_until = NULL"
                + " WHERE id = ? AND lease_owner = ? AND status = 'RUNNING' AND NOT cancel_requested", write(report), rowsRead, job.id(), job.lease());
        deleteUpload(connection, job.id());
        return updated == 1;
    }

    /** FAILED with its problem, or CANCELLED when asked to stop; nothing if the lease is no longer this replica's. */
    void end(Claimed job, ImportStatus status, ImportFailure failure) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int updated = update(connection, "UPDATE incident_import SET status = ?, failure = ?::jsonb, finished_at = now(),"
                    + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ? AND status = 'RUNNING'",
                    status.name(), failure == null ? null : write(failure), job.id(), job.lease());
            if (updated == 1) {
                deleteUpload(connection, job.id());
            }
        }
    }

    /** Cancels a queued job at once, or asks a running one to stop; empty when there is no such job. */
    Optional<ImportStatus> cancel(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement cancel = connection.prepareStatement("""
                UPDATE incident_import SET cancel_requested = cancel_requested OR status IN ('QUEUED', 'RUNNING'),
                       status = CASE WHEN status = 'QUEUED' THEN 'CANCELLED' ELSE status END,
                       finished_at = CASE WHEN status = 'QUEUED' THEN now() ELSE finished_at END
                 WHERE id = ? RETURNING status""")) {
            cancel.setObject(1, id);
            try (ResultSet rs = cancel.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ImportStatus status = ImportStatus.valueOf(rs.getString(1));
                if (status == ImportStatus.CANCELLED) {
                    deleteUpload(connection, id);
                }
                return Optional.of(status);
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
        Instant started = instant(rs.getTimestamp("started_at"));
        Instant progressAt = instant(rs.getTimestamp("progress_at"));
        long rows = rs.getLong("rows_read");
        long millis = started == null || progressAt == null ? 0 : Duration.between(started, progressAt).toMillis();
        ImportJob.Progress progress = new ImportJob.Progress(rs.getLong("bytes_read"), rs.getLong("upload_bytes"), rows,
                millis <= 0 ? 0 : Math.round(rows * 1000.0 / millis));
        return new ImportJob(rs.getObject("id", UUID.class), ImportStatus.valueOf(rs.getString("status")), rs.getBoolean("skip_invalid"),
                instant(rs.getTimestamp("submitted_at")), started, instant(rs.getTimestamp("finished_at")), rs.getInt("attempts"),
                rs.getBoolean("cancel_requested"), progress, read(rs.getString("report"), ImportReport.class),
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
