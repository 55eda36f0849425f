package uk.ppo.hotspot.importing;

import io.agroal.api.AgroalDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An upload as stored in {@code incident_import_upload}: written part by part while the request's body is read, and
 * read back part by part by whichever replica runs the job (one part of {@value #PART_BYTES} bytes in memory at a time).
 */
final class UploadParts {

    static final int PART_BYTES = 4 << 20;

    private UploadParts() {
    }

    /** Stores each part as it fills, in the caller's transaction. */
    static final class Writer {
        private final PreparedStatement insert;
        private final byte[] part = new byte[PART_BYTES];
        private int filled;
        private int parts;
        private long bytes;

        Writer(Connection connection, UUID id) throws SQLException {
            this.insert = connection.prepareStatement("INSERT INTO incident_import_upload (import_id, part, bytes) VALUES (?, ?, ?)");
            insert.setObject(1, id);
        }

        void write(byte[] b, int off, int len) throws SQLException {
            while (len > 0) {
                int n = Math.min(len, PART_BYTES - filled);
                System.arraycopy(b, off, part, filled, n);
                filled += n;
                off += n;
                len -= n;
                bytes += n;
                if (filled == PART_BYTES) {
                    flush();
                }
            }
        }

        /** Stores the last part; the upload's size. */
        long finish() throws SQLException {
            flush();
            insert.close();
            return bytes;
        }

        private void flush() throws SQLException {
            if (filled == 0) {
                return;
            }
            insert.setInt(2, parts++);
            insert.setBytes(3, filled == PART_BYTES ? part : java.util.Arrays.copyOf(part, filled));
            insert.executeUpdate();
            filled = 0;
        }
    }

    /** The stored upload as a stream, counting the bytes read; it holds a connection of its own until closed. */
    static InputStream open(AgroalDataSource dataSource, UUID id, AtomicLong bytesRead) {
        return new Reader(dataSource, id, bytesRead);
    }

    private static final class Reader extends BulkInputStream {
        private final AgroalDataSource dataSource;
        private final UUID id;
        private final AtomicLong bytesRead;
        private Connection connection;
        private PreparedStatement select;
        private byte[] part = new byte[0];
        private int position;
        private int next;
        private boolean ended;

        Reader(AgroalDataSource dataSource, UUID id, AtomicLong bytesRead) {
            this.dataSource = dataSource;
            this.id = id;
            this.bytesRead = bytesRead;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position == part.length) {
                if (ended || !nextPart()) {
                    ended = true;
                    return -1;
                }
            }
            int n = Math.min(len, part.length - position);
            System.arraycopy(part, position, b, off, n);
            position += n;
            bytesRead.addAndGet(n);
            return n;
        }

        private boolean nextPart() throws IOException {
            try {
                if (connection == null) {
                    connection = dataSource.getConnection();
                    select = connection.prepareStatement("SELECT bytes FROM incident_import_upload WHERE import_id = ? AND part = ?");
                    select.setObject(1, id);
                }
                select.setInt(2, next++);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    part = rs.getBytes(1);
                    position = 0;
                    return true;
                }
            } catch (SQLException e) {
                throw new IOException("Reading the stored upload failed", e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                if (connection != null) {
                    connection.close();
                    connection = null;
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
    }
}
