package uk.ppo.hotspot.importing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.io.BufferedInputStream;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams a police.uk street-level CSV (plain or gzip, one file or several concatenated) into the
 * incident table. Rows are parsed one at a time and written straight into a PostgreSQL COPY into the
 * staging table, then merged with one INSERT ... ON CONFLICT, so memory does not grow with the file
 * (only the occurrence counters of ID-less ASB rows are kept).
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

    /**
     * Keeps the first row of each key repeated in the upload; the others are duplicates. %2$s narrows it
     * to the candidate keys {@link SeenKeys} saw repeat (or is empty: every key).
     */
    private static final String DEDUPLICATE = """
            WITH repeated AS (
                SELECT source_key, min(line) AS first FROM %1$s %2$s GROUP BY source_key HAVING count(*) > 1
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
                RETURNING (xmax = 0) AS inserted
            )
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged
            """;

    private final AgroalDataSource dataSource;
    private final long maxUncompressedBytes;

    IncidentImporter(AgroalDataSource dataSource,
                     @ConfigProperty(name = "ppo.hotspot.import.max-uncompressed-bytes", defaultValue = "1073741824")
                     long maxUncompressedBytes) {
        this.dataSource = dataSource;
        this.maxUncompressedBytes = maxUncompressedBytes;
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
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement create = connection.createStatement()) {
                // rolled back with the transaction if the import fails
                create.execute("CREATE UNLOGGED TABLE " + stage + " (LIKE incident_stage)");
                // the de-duplication and the merge hash and sort in memory rather than on disk
                create.execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
            }
            Set<String> lsoas = knownLsoas(connection);
            Staged staged = stage(connection, stage, open(body, gzip), skipInvalid, lsoas);
            if (!skipInvalid && staged.rejected > 0) {
                throw invalidRows(staged);
            }
            long staging = System.nanoTime();
            long stagingCpu = THREADS.getCurrentThreadCpuTime() - cpuStarted;
            long[] merged = merge(connection, stage, staged.keys);
            long accepted = merged[0];
            long updated = merged[1];
            ImportReport report = new ImportReport(accepted, updated, staged.rows - accepted - updated,
                    staged.rejected, staged.unmatched - merged[2], staged.errors);
            LOG.infof("Imported %d rows in %d ms (read and COPY %d ms, of which this thread's CPU %d ms; merge %d ms): %s",
                    staged.rows + staged.rejected, (System.nanoTime() - started) / 1_000_000, (staging - started) / 1_000_000,
                    stagingCpu / 1_000_000, (System.nanoTime() - staging) / 1_000_000,
                    report.toString().replaceAll(", errors=.*", ")"));
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("Incident import failed", e);
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

    private Staged stage(Connection connection, String stage, InputStream in, boolean skipInvalid, Set<String> lsoas)
            throws SQLException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        PGConnection pg = connection.unwrap(PGConnection.class);
        PGCopyOutputStream copy = new PGCopyOutputStream(pg, COPY.formatted(stage), 1 << 16);
        Staged staged = new Staged();
        IncidentKeys keys = new IncidentKeys();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(false).get().parse(reader);
             Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw ProblemException.invalid("body", "is empty; send the police.uk CSV");
            }
            String headerProblem = PoliceCsv.headerProblem(records.next().toList());
            if (headerProblem != null) {
                throw ProblemException.invalid("header", headerProblem);
            }
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
                if (row.hasCrimeId()) {
                    staged.keys.add(key);
                }
                writeRow(out, line, key, row);
                staged.rows++;
                if (row.lsoaCode() == null || !lsoas.contains(row.lsoaCode())) {
                    staged.unmatched++;
                }
            }
            out.flush();
        } catch (ProblemException e) {
            cancel(copy);
            throw e;
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            cancel(copy);
            throw readProblem(e);
        } catch (RuntimeException e) {
            cancel(copy);
            throw e;
        }
        return staged;
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

    private static void cancel(PGCopyOutputStream copy) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            LOG.debug("Cancelling COPY failed", e);
        }
    }

    /**
     * {@code [inserted, updated, unmatched rows dropped as repeats]}. Keys repeated within the upload are
     * removed first (the first row stays), so one INSERT ... ON CONFLICT sees each key once; that pass is
     * skipped when no Crime ID can have repeated (ID-less ASB keys are unique by their occurrence number)
     * and looks only at the rows of the candidate keys when those are known (a year of three forces
     * repeats one Crime ID: grouping all 369,000 rows by key cost more than half a CPU-second).
     */
    private static long[] merge(Connection connection, String stage, SeenKeys keys) throws SQLException {
        long[] result = new long[3];
        if (keys.mayRepeat()) {
            Set<String> candidates = keys.candidates();
            String narrow = candidates == null ? "" : "WHERE source_key = ANY (?)";
            try (PreparedStatement dedupe = connection.prepareStatement(DEDUPLICATE.formatted(stage, narrow))) {
                if (candidates != null) {
                    dedupe.setArray(1, connection.createArrayOf("varchar", candidates.toArray()));
                }
                try (ResultSet rs = dedupe.executeQuery()) {
                    rs.next();
                    result[2] = rs.getLong(2);
                }
            }
        }
        try (PreparedStatement merge = connection.prepareStatement(MERGE.formatted(stage));
             ResultSet rs = merge.executeQuery()) {
            rs.next();
            result[0] = rs.getLong(1);
            result[1] = rs.getLong(2);
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP TABLE " + stage);
        }
        return result;
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
