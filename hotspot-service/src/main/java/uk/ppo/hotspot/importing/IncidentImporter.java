package uk.ppo.hotspot.importing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Streams a police.uk street-level CSV (plain or gzip, one file or several concatenated) into the
 * incident table, in a pipeline of two threads so that both cores work: a parser thread ({@link Chunker})
 * reads, checks and keys the rows and writes them as COPY text into chunks of
 * {@code ppo.hotspot.import.chunk-rows} rows, while the job's thread ({@link ChunkMerger}) COPYs each
 * finished chunk into its own unlogged staging table and merges it with one INSERT ... ON CONFLICT.
 * Memory holds at most three chunks (one being parsed, one handed over, one being merged), whatever the
 * size of the upload.
 * <p>
 * A key repeated within the upload keeps its first row. Rows whose key may have come before (its hash
 * was seen: {@link SeenKeys}) are not merged with their chunk but held in one more staging table; at the
 * end, those whose key was staged earlier are duplicates, the first of the rest is merged.
 * <p>
 * All or nothing: the whole import is one transaction, which also completes its job ({@link ImportRun}). A structural problem (header, gzip, encoding,
 * size) or, unless {@code skipInvalid}, any invalid row fails the import with a problem (kept as the job's
 * failure) and stores nothing. With {@code skipInvalid} the invalid rows are left out and reported; every other row is stored.
 */
@ApplicationScoped
public class IncidentImporter {

    static final String WORK_MEM = "256MB";
    private static final Logger LOG = Logger.getLogger(IncidentImporter.class);

    private final AgroalDataSource dataSource;
    private final ImportConfig config;
    private final ExecutorService parsers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "incident-import-parser");
        thread.setDaemon(true);
        return thread;
    });

    IncidentImporter(AgroalDataSource dataSource, ImportConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @PreDestroy
    void stopParsers() {
        parsers.shutdownNow();
    }

    /**
     * Imports one job's upload. {@code gzip} forces decompression; a body starting with the gzip magic bytes
     * is decompressed anyway. The run hears the rows read after each chunk, may stop the import between chunks,
     * and completes its job in the import's transaction.
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    ImportReport importCsv(InputStream body, boolean gzip, boolean skipInvalid, ImportRun run) {
        return importNow(body, gzip, skipInvalid, run);
    }

    /** Imports a file this service holds itself (the sample data), in one transaction of its own, not as a job. */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportReport importCsv(InputStream body, boolean gzip, boolean skipInvalid) {
        return importNow(body, gzip, skipInvalid, ImportRun.unqueued());
    }

    private ImportReport importNow(InputStream body, boolean gzip, boolean skipInvalid, ImportRun run) {
        String stage = "incident_stage_" + UUID.randomUUID().toString().replace("-", "");
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement settings = connection.createStatement()) {
                // the de-duplication and the merges hash and sort in memory rather than on disk
                settings.execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
            }
            Set<String> lsoas = knownLsoas(connection);
            InputStream in = UploadDecoder.open(body, gzip, config.maxUncompressedBytes());
            Handoff handoff = new Handoff();
            Future<?> parsing = parsers.submit(new Chunker(in, skipInvalid, lsoas, config.chunkRows(), handoff));
            ChunkMerger merger = new ChunkMerger(connection, stage);
            ParseTally tally;
            long waiting = 0;
            try {
                while (true) {
                    long asked = System.nanoTime();
                    Chunk chunk = handoff.take();
                    waiting += System.nanoTime() - asked;
                    run.rowsRead(chunk.rowsSoFar);
                    run.checkStillWanted();
                    if (skipInvalid || !chunk.anyRejected) {
                        merger.add(chunk); // once a row is invalid (and not skipped) nothing will be stored: stop merging
                    }
                    if (chunk.tally != null) {
                        tally = chunk.tally;
                        break;
                    }
                }
            } finally {
                handoff.abandon();
                parsing.cancel(false);
            }
            if (!skipInvalid && tally.rejected > 0) {
                throw invalidRows(tally);
            }
            run.checkStillWanted();
            Merged merged = merger.finish();
            ImportReport report = new ImportReport(merged.inserted(), merged.updated(),
                    tally.rows - merged.inserted() - merged.updated(), tally.rejected,
                    tally.unmatched - merged.unmatchedRepeats(), tally.errors);
            LOG.infof("Imported %d rows in %d ms, %d chunk(s) (parser thread CPU %d ms; this thread waited %d ms for"
                            + " chunks and %d ms for PostgreSQL's COPY and merges): %s",
                    tally.rows + tally.rejected, (System.nanoTime() - started) / 1_000_000, merger.chunks,
                    tally.parserCpuNanos / 1_000_000, waiting / 1_000_000, merger.nanos / 1_000_000,
                    report.toString().replaceAll(", errors=.*", ")"));
            run.completing(connection, report);
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("Incident import failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Incident import interrupted", e);
        }
    }

    private static ProblemException invalidRows(ParseTally tally) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ImportReport.RowError error : tally.errors) {
            violations.add(new Problem.Violation("line " + error.line(), error.reason()));
        }
        return new ProblemException(ProblemType.INVALID_INPUT, tally.rejected + " row(s) are invalid, nothing was"
                + " imported (first at line " + tally.errors.get(0).line() + ": " + tally.errors.get(0).reason()
                + "); fix them or import with skipInvalid=true", violations);
    }

    private static Set<String> knownLsoas(Connection connection) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("SELECT code FROM area WHERE type = 'LSOA'")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
