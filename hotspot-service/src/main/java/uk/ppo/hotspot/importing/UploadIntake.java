package uk.ppo.hotspot.importing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Queues an import job with its upload, streamed into PostgreSQL as it is read: the body as sent (at most
 * {@code quarkus.http.limits.max-body-size}), decoded on the way only to check it (gzip intact, at most
 * {@code max-uncompressed-bytes} once decompressed, UTF-8 throughout, the police.uk header first), so bad input is
 * refused before a job exists. One transaction: an upload refused (400, 413) stores nothing; rows are the job's to judge.
 */
@ApplicationScoped
class UploadIntake {

    private final AgroalDataSource dataSource;
    private final ImportJobRepository jobs;
    private final ImportConfig config;
    private final long maxBodyBytes;

    UploadIntake(AgroalDataSource dataSource, ImportJobRepository jobs, ImportConfig config,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.config = config;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    @Transactional
    @TransactionConfiguration(timeout = 900)
    public UUID store(InputStream body, boolean gzip, boolean skipInvalid, String submittedBy) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            jobs.insert(connection, id, gzip, skipInvalid, submittedBy);
            UploadParts.Writer parts = new UploadParts.Writer(connection, id);
            Stored stored = new Stored(new LimitedInputStream(body, maxBodyBytes, "the upload"), parts);
            try (InputStream decoded = UploadDecoder.open(stored, gzip, config.maxUncompressedBytes());
                 Reader text = UploadDecoder.utf8(decoded)) {
                PoliceCsvReader.checkHeader(text); // before the job is accepted
                text.transferTo(Writer.nullWriter()); // and UTF-8 to the end
            }
            stored.transferTo(OutputStream.nullOutputStream()); // whatever the decoder left unread is the job's to judge
            jobs.uploaded(connection, id, parts.finish());
            return id;
        } catch (IOException | UncheckedIOException e) {
            throw UploadDecoder.problemOf(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the upload failed", e);
        }
    }

    /** The body, each byte read also written to the upload's parts. */
    private static final class Stored extends BulkInputStream {
        private final InputStream body;
        private final UploadParts.Writer parts;

        Stored(InputStream body, UploadParts.Writer parts) {
            this.body = body;
            this.parts = parts;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = body.read(b, off, len);
            if (n > 0) {
                try {
                    parts.write(b, off, n);
                } catch (SQLException e) {
                    throw new IllegalStateException("Storing the upload failed", e);
                }
            }
            return n;
        }
    }
}
