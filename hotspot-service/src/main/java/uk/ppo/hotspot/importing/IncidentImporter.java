package uk.ppo.hotspot.importing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams a police.uk street-level CSV (plain or gzip, one file or several concatenated) into the
 * incident table, in a pipeline of two threads so that both cores work: a parser thread reads, checks
 * and keys the rows and writes them as COPY text into chunks of {@code ppo.hotspot.import.chunk-rows}
 * rows, while the request's thread COPYs each finished chunk into its own unlogged staging table and
 * merges it with one INSERT ... ON CONFLICT. Memory holds at most three chunks (one being parsed, one
 * handed over, one being merged), whatever the size of the upload.
 * <p>
 * A key repeated within the upload keeps its first row. Rows whose key may have come before (its hash
 * was seen: {@link SeenKeys}) are not merged with their chunk but held in one more staging table; at the
 * end, those whose key was staged earlier are duplicates, the first of the rest is merged.
 * <p>
 * All or nothing: the whole request is one transaction. A structural problem (header, gzip, encoding,
 * size) or, unless {@code skipInvalid}, any invalid row fails the request with problem+json and stores
 * nothing. With {@code skipInvalid} the invalid rows are left out and reported; every other row is stored.
 */
@ApplicationScoped
public class IncidentImporter {

    static final int MAX_ERRORS = 100;
    static final String WORK_MEM = "256MB";
    private static final Logger LOG = Logger.getLogger(IncidentImporter.class);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static final String COPY = "COPY %s (line, source_key, crime_id, month, reported_by, "
            + "falls_within, longitude, latitude, location, lsoa_code, lsoa_name, crime_type, outcome) "
            + "FROM STDIN WITH (FORMAT csv)";

    /** Keeps the first row of each key repeated in a staging table; the others are duplicates. */
    private static final String DEDUPLICATE = """
            WITH repeated AS (
                SELECT source_key, min(line) AS first FROM %1$s GROUP BY source_key HAVING count(*) > 1
            ), gone AS (
                DELETE FROM %1$s s USING repeated r WHERE s.source_key = r.source_key AND s.line > r.first
                RETURNING s.lsoa_code
            )
            SELECT count(*), count(*) FILTER (WHERE g.lsoa_code IS NULL
                   OR NOT EXISTS (SELECT 1 FROM area a WHERE a.code = g.lsoa_code AND a.type = 'LSOA'))
            FROM gone g
            """;

    /** One set-based merge; a known key whose content is unchanged is left alone (a duplicate). */
    private static final String MERGE = """
            WITH merged AS (
                INSERT INTO incident AS i (source_key, source, crime_id, month, reported_by, falls_within, longitude,
                                           latitude, location, lsoa_code, lsoa_name, crime_type, outcome, imported_at)
                SELECT source_key, 'POLICE_OPEN_DATA', crime_id, month, reported_by, falls_within, longitude, latitude,
                       location, lsoa_code, lsoa_name, crime_type, outcome, now()
                FROM %s
                ORDER BY source_key -- in key order, the unique index fills page by page instead of at random
                ON CONFLICT (source_key) DO UPDATE SET
                    crime_id = EXCLUDED.crime_id, month = EXCLUDED.month, reported_by = EXCLUDED.reported_by,
                    falls_within = EXCLUDED.falls_within, longitude = EXCLUDED.longitude, latitude = EXCLUDED.latitude,
                    location = EXCLUDED.location, lsoa_code = EXCLUDED.lsoa_code, lsoa_name = EXCLUDED.lsoa_name,
                    crime_type = EXCLUDED.crime_type, outcome = EXCLUDED.outcome, imported_at = EXCLUDED.imported_at
                WHERE (i.month, i.reported_by, i.falls_within, i.longitude, i.latitude, i.location, i.lsoa_code,
                       i.lsoa_name, i.crime_type, i.outcome)
                      IS DISTINCT FROM
                      (EXCLUDED.month, EXCLUDED.reported_by, EXCLUDED.falls_within, EXCLUDED.longitude,
                       EXCLUDED.latitude, EXCLUDED.location, EXCLUDED.lsoa_code, EXCLUDED.lsoa_name,
                       EXCLUDED.crime_type, EXCLUDED.outcome)
                RETURNING (xmax = 0) AS inserted, month, lsoa_code, crime_type
            ), counted AS (
                INSERT INTO %2$s (month, lsoa_code, crime_type, n)
                SELECT month, lsoa_code, crime_type, count(*) FROM merged WHERE inserted AND lsoa_code IS NOT NULL
                GROUP BY 1, 2, 3
            )
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged
            """;

    /**
     * The import's new rows into the counts, once: the insert trigger leaves an import's statements alone
     * (V9), and this is its grouping and upserts, in the same key order, over what the chunks collected.
     */
    private static final String ADD_COUNTS = """
            WITH added AS MATERIALIZED (
                SELECT month, lsoa_code, crime_type, sum(n)::int AS n FROM %s GROUP BY 1, 2, 3
            ), counted AS (
                INSERT INTO incident_count AS c (month, lsoa_code, crime_type, n)
                SELECT month, lsoa_code, crime_type, n FROM added ORDER BY 1, 2, 3
                ON CONFLICT (month, lsoa_code, crime_type) DO UPDATE SET n = c.n + EXCLUDED.n
            )
            INSERT INTO incident_month_total AS t (month, lsoa_code, n)
            SELECT month, lsoa_code, sum(n) FROM added GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (month, lsoa_code) DO UPDATE SET n = t.n + EXCLUDED.n
            """;

    /** Rows whose key hash was seen before, merged last (see the class comment). */
    private static final String REPEATS_OF_STAGED = """
            WITH gone AS (
                DELETE FROM %1$s h WHERE h.source_key IN (%2$s) RETURNING h.lsoa_code
            )
            SELECT count(*), count(*) FILTER (WHERE g.lsoa_code IS NULL
                   OR NOT EXISTS (SELECT 1 FROM area a WHERE a.code = g.lsoa_code AND a.type = 'LSOA'))
            FROM gone g
            """;

    private final AgroalDataSource dataSource;
    private final long maxUncompressedBytes;
    private final int chunkRows;
    private final ExecutorService parsers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "incident-import-parser");
        thread.setDaemon(true);
        return thread;
    });

    IncidentImporter(AgroalDataSource dataSource,
                     @ConfigProperty(name = "ppo.hotspot.import.max-uncompressed-bytes", defaultValue = "1073741824")
                     long maxUncompressedBytes,
                     @ConfigProperty(name = "ppo.hotspot.import.chunk-rows", defaultValue = "10000") int chunkRows) {
        this.dataSource = dataSource;
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.chunkRows = chunkRows;
    }

    @PreDestroy
    void stopParsers() {
        parsers.shutdownNow();
    }

    /**
     * Imports one upload. {@code gzip} forces decompression; a body starting with the gzip magic bytes
     * is decompressed anyway.
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportReport importCsv(InputStream body, boolean gzip, boolean skipInvalid) {
        String stage = "incident_stage_" + UUID.randomUUID().toString().replace("-", "");
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement settings = connection.createStatement()) {
                // the de-duplication and the merges hash and sort in memory rather than on disk
                settings.execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
            }
            Set<String> lsoas = knownLsoas(connection);
            InputStream in = open(body, gzip);
            Handoff handoff = new Handoff();
            Future<?> parsing = parsers.submit(() -> parse(in, skipInvalid, lsoas, handoff));
            Merger merger = new Merger(connection, stage);
            Staged staged;
            long waiting = 0;
            try {
                while (true) {
                    long asked = System.nanoTime();
                    Chunk chunk = handoff.take();
                    waiting += System.nanoTime() - asked;
                    if (skipInvalid || !chunk.anyRejected) {
                        merger.add(chunk); // once a row is invalid (and not skipped) nothing will be stored: stop merging
                    }
                    if (chunk.staged != null) {
                        staged = chunk.staged;
                        break;
                    }
                }
            } finally {
                handoff.abandon();
                parsing.cancel(false);
            }
            if (!skipInvalid && staged.rejected > 0) {
                throw invalidRows(staged);
            }
            long[] merged = merger.finish();
            long accepted = merged[0];
            long updated = merged[1];
            ImportReport report = new ImportReport(accepted, updated, staged.rows - accepted - updated,
                    staged.rejected, staged.unmatched - merged[2], staged.errors);
            LOG.infof("Imported %d rows in %d ms, %d chunk(s) (parser thread CPU %d ms; this thread waited %d ms for"
                            + " chunks and %d ms for PostgreSQL's COPY and merges): %s",
                    staged.rows + staged.rejected, (System.nanoTime() - started) / 1_000_000, merger.chunks,
                    staged.parserCpuNanos / 1_000_000, waiting / 1_000_000, merger.nanos / 1_000_000,
                    report.toString().replaceAll(", errors=.*", ")"));
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("Incident import failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Incident import interrupted", e);
        }
    }

    private static ProblemException invalidRows(Staged staged) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ImportReport.RowError error : staged.errors) {
            violations.add(new Problem.Violation("line " + error.line(), error.reason()));
        }
        return new ProblemException(ProblemType.INVALID_INPUT, staged.rejected + " row(s) are invalid, nothing was"
                + " imported (first at line " + staged.errors.get(0).line() + ": " + staged.errors.get(0).reason()
                + "); fix them or import with skipInvalid=true", violations);
    }

    private InputStream open(InputStream body, boolean gzip) {
        try {
            BufferedInputStream in = new BufferedInputStream(body, 1 << 16);
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            boolean magic = b1 == 0x1f && b2 == 0x8b;
            if (b1 < 0) {
                throw ProblemException.invalid("body", "is empty; send the police.uk CSV");
            }
            InputStream plain = gzip || magic ? new GZIPInputStream(in, 1 << 16) : in;
            return new LimitedInputStream(plain, maxUncompressedBytes);
        } catch (ZipException e) {
            throw ProblemException.invalid("body", "is not valid gzip");
        } catch (EOFException e) {
            throw ProblemException.invalid("body", "the gzip stream is truncated");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * The parser thread: reads the upload row by row and hands over chunks of COPY text; the last one
     * carries the counts and row errors. A failure is handed over instead and ends the import.
     */
    private void parse(InputStream in, boolean skipInvalid, Set<String> lsoas, Handoff handoff) {
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        Staged staged = new Staged();
        IncidentKeys keys = new IncidentKeys();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(false).get().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw ProblemException.invalid("body", "is empty; send the police.uk CSV");
            }
            String headerProblem = PoliceCsv.headerProblem(records.next().toList());
            if (headerProblem != null) {
                throw ProblemException.invalid("header", headerProblem);
            }
            Chunk chunk = new Chunk();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = record.getRecordNumber(); // = the line: police.uk files have no embedded newlines
                if (PoliceCsv.isHeader(record)) {
                    continue; // files concatenated into one upload
                }
                PoliceRow row;
                try {
                    row = PoliceCsv.parse(record);
                } catch (PoliceCsv.Rejected rejected) {
                    staged.reject(line, rejected.getMessage());
                    if (!skipInvalid && staged.rejected >= MAX_ERRORS) {
                        break;
                    }
                    continue;
                }
                String key = keys.keyOf(row);
                // ID-less (ASB) keys are unique within an upload by their occurrence number
                boolean mayRepeat = row.hasCrimeId() && staged.keys.add(key);
                writeRow(mayRepeat ? chunk.held() : chunk.fresh(), line, key, row);
                staged.rows++;
                if (row.lsoaCode() == null || !lsoas.contains(row.lsoaCode())) {
                    staged.unmatched++;
                }
                if (chunk.rows() >= chunkRows) {
                    chunk.anyRejected = staged.rejected > 0;
                    if (!handoff.put(chunk.finished())) {
                        return; // the import ended without this thread (a failure while merging)
                    }
                    chunk = new Chunk();
                }
            }
            chunk.anyRejected = staged.rejected > 0;
            staged.parserCpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStarted;
            chunk.staged = staged;
            handoff.put(chunk.finished());
        } catch (ProblemException e) {
            handoff.fail(e);
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            handoff.fail(readProblem(e));
        } catch (RuntimeException e) {
            handoff.fail(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ProblemException readProblem(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof IllegalStateException && cause.getCause() instanceof IOException io) {
            cause = io; // commons-csv wraps read failures
        }
        if (cause instanceof TooLarge) {
            return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, cause.getMessage());
        }
        if (cause instanceof EOFException) {
            return ProblemException.invalid("body", "the gzip stream is truncated");
        }
        if (cause instanceof ZipException) {
            return ProblemException.invalid("body", "is not valid gzip");
        }
        if (cause instanceof CharacterCodingException) {
            return ProblemException.invalid("body", "is not UTF-8 text");
        }
        if (cause instanceof IOException) {
            // the client went away or the connection broke: nothing is stored
            return ProblemException.invalid("body", "could not be read completely");
        }
        return ProblemException.invalid("body", "is not valid CSV: " + cause.getMessage());
    }

    /**
     * The request thread's side: each chunk's first-seen rows go into a staging table of their own and
     * are merged at once; rows whose key may repeat collect in one more table, dealt with by {@link #finish()}.
     */
    private static final class Merger {
        private final Connection connection;
        private final String stage;
        private final String held;
        private final String counts;
        private final List<String> tables = new ArrayList<>();
        private boolean heldCreated;
        private long inserted;
        private long updated;
        int chunks;
        long nanos;

        /** Creates the counts table and tells the trigger to leave this transaction's inserts to {@link #finish()}. */
        Merger(Connection connection, String stage) throws SQLException {
            this.connection = connection;
            this.stage = stage;
            this.held = stage + "_held";
            this.counts = stage + "_counts";
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE UNLOGGED TABLE " + counts + " (LIKE incident_count_stage)");
                statement.execute("SET LOCAL ppo.import_counts = 'deferred'");
            }
        }

        void add(Chunk chunk) throws SQLException {
            long started = System.nanoTime();
            chunks++;
            if (chunk.freshRows > 0) {
                String table = stage + "_" + tables.size();
                create(table);
                tables.add(table);
                copy(table, chunk.fresh);
                long[] merged = merge(table);
                inserted += merged[0];
                updated += merged[1];
            }
            if (chunk.heldRows > 0) {
                if (!heldCreated) {
                    create(held);
                    heldCreated = true;
                }
                copy(held, chunk.held);
            }
            nanos += System.nanoTime() - started;
        }

        /**
         * Merges the held rows and drops the staging tables: {@code [inserted, updated, unmatched rows
         * dropped as repeats]}. A held row whose key was staged before is a duplicate; of the rest, the
         * first row of each key is merged.
         */
        long[] finish() throws SQLException {
            long started = System.nanoTime();
            long unmatchedRepeats = 0;
            if (heldCreated) {
                if (!tables.isEmpty()) {
                    String staged = String.join(" UNION ALL ", tables.stream().map(t -> "SELECT source_key FROM " + t).toList());
                    unmatchedRepeats += count(REPEATS_OF_STAGED.formatted(held, staged));
                }
                unmatchedRepeats += count(DEDUPLICATE.formatted(held));
                long[] merged = merge(held);
                inserted += merged[0];
                updated += merged[1];
                tables.add(held);
            }
            tables.add(counts);
            try (Statement statement = connection.createStatement()) {
                statement.execute(ADD_COUNTS.formatted(counts));
                statement.execute("SET LOCAL ppo.import_counts = 'immediate'");
                for (String table : tables) {
                    statement.execute("DROP TABLE " + table);
                }
            }
            nanos += System.nanoTime() - started;
            return new long[] {inserted, updated, unmatchedRepeats};
        }

        private void create(String table) throws SQLException {
            try (Statement create = connection.createStatement()) {
                // rolled back with the transaction if the import fails
                create.execute("CREATE UNLOGGED TABLE " + table + " (LIKE incident_stage)");
            }
        }

        private void copy(String table, Bytes rows) throws SQLException {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY.formatted(table), rows.asInput(), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // reading a byte array does not fail
            }
        }

        /** {@code [inserted, updated]} of one staging table whose keys are unique. */
        private long[] merge(String table) throws SQLException {
            try (PreparedStatement merge = connection.prepareStatement(MERGE.formatted(table, counts));
                 ResultSet rs = merge.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }

        /** The second column (unmatched rows dropped) of a de-duplicating statement. */
        private long count(String sql) throws SQLException {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(2);
            }
        }
    }

    /** One chunk of the upload as COPY text: rows seen first, and rows whose key may have come before. */
    private static final class Chunk {
        private Bytes fresh = new Bytes();
        private Bytes held = new Bytes();
        private Writer freshWriter;
        private Writer heldWriter;
        int freshRows;
        int heldRows;
        boolean anyRejected;
        /** On the last chunk only: the upload's counts. */
        Staged staged;
        /** Instead of rows: why the upload cannot be imported. */
        RuntimeException failure;

        Writer fresh() {
            freshRows++;
            if (freshWriter == null) {
                freshWriter = new BufferedWriter(new OutputStreamWriter(fresh, StandardCharsets.UTF_8), 1 << 16);
            }
            return freshWriter;
        }

        Writer held() {
            heldRows++;
            if (heldWriter == null) {
                heldWriter = new BufferedWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8), 1 << 12);
            }
            return heldWriter;
        }

        int rows() {
            return freshRows + heldRows;
        }

        Chunk finished() throws IOException {
            if (freshWriter != null) {
                freshWriter.flush();
            }
            if (heldWriter != null) {
                heldWriter.flush();
            }
            return this;
        }
    }

    /** A byte buffer read back without a copy. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes() {
            super(1 << 16);
        }

        InputStream asInput() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }

    /**
     * Chunks from the parser thread to the request thread, one waiting at most. Either side may stop:
     * the parser by handing over a failure, the request thread by abandoning the import.
     */
    private static final class Handoff {
        private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(1);
        private volatile boolean abandoned;

        /** false if the import was abandoned and the chunk is not wanted. */
        boolean put(Chunk chunk) throws InterruptedException {
            while (!abandoned) {
                if (queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        }

        void fail(RuntimeException failure) {
            Chunk chunk = new Chunk();
            chunk.failure = failure;
            try {
                put(chunk);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Chunk take() throws InterruptedException {
            Chunk chunk = queue.take();
            if (chunk.failure != null) {
                throw chunk.failure;
            }
            return chunk;
        }

        void abandon() {
            abandoned = true;
            queue.clear();
        }
    }

    private static void writeRow(Writer out, long line, String key, PoliceRow r) throws IOException {
        out.write(Long.toString(line));
        out.write(',');
        quoted(out, key);
        out.write(',');
        quoted(out, r.crimeId());
        out.write(',');
        out.write(FIRST_DAYS.computeIfAbsent(r.month(), m -> m.atDay(1).toString()));
        out.write(',');
        quoted(out, r.reportedBy());
        out.write(',');
        quoted(out, r.fallsWithin());
        out.write(',');
        if (r.longitude() != null) {
            out.write(plainDecimal(r.longitudeText()) ? r.longitudeText() : Double.toString(r.longitude()));
        }
        out.write(',');
        if (r.latitude() != null) {
            out.write(plainDecimal(r.latitudeText()) ? r.latitudeText() : Double.toString(r.latitude()));
        }
        out.write(',');
        quoted(out, r.location());
        out.write(',');
        quoted(out, r.lsoaCode());
        out.write(',');
        quoted(out, r.lsoaName());
        out.write(',');
        quoted(out, r.crimeType());
        out.write(',');
        quoted(out, r.outcome());
        out.write('\n');
    }

    /** "2025-01-01" per month: the staging column is a date. At most a few hundred months. */
    private static final java.util.concurrent.ConcurrentMap<java.time.YearMonth, String> FIRST_DAYS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether a coordinate as given is a plain decimal ({@code -?digits[.digits]}, as police.uk writes them),
     * which PostgreSQL reads as exactly the double Java parsed (both round correctly); anything else Java
     * accepts ("1e-3", "+0.5", "1d") goes as Double.toString, which is dearer on Java 17.
     */
    static boolean plainDecimal(String v) {
        int n = v.length();
        int i = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        if (i >= n || n > 30) {
            return false;
        }
        boolean digit = false;
        boolean point = false;
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point && digit) {
                point = true;
                digit = false;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** CSV COPY: an unquoted empty field is NULL, a quoted one is text. */
    private static void quoted(Writer out, String value) throws IOException {
        if (value == null) {
            return;
        }
        out.write('"');
        if (value.indexOf('"') >= 0) {
            out.write(value.replace("\"", "\"\""));
        } else {
            out.write(value);
        }
        out.write('"');
    }

    private static final class Staged {
        long rows;
        long rejected;
        long unmatched;
        long parserCpuNanos;
        final SeenKeys keys = new SeenKeys();
        final List<ImportReport.RowError> errors = new ArrayList<>();

        void reject(long line, String reason) {
            rejected++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new ImportReport.RowError(line, reason));
            }
        }
    }

    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Fails once more than {@code limit} bytes have been read: a gzip bomb is refused, not stored. */
    private static final class LimitedInputStream extends java.io.FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) {
                throw new TooLarge("the uncompressed upload is larger than " + limit + " bytes");
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw new TooLarge("the uncompressed upload is larger than " + limit + " bytes");
                }
            }
            return n;
        }
    }
}
