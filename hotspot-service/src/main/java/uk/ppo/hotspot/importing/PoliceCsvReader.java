package uk.ppo.hotspot.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.ppo.common.problem.ProblemException;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;

/**
 * Reads a police.uk street-level CSV (commons-csv) into typed rows: checks the first line is the header,
 * skips the header lines of files concatenated after it, and gives each other record as a {@link Valid}
 * row or an {@link Invalid} one with the reason ({@link PoliceCsv}'s rules), numbered by its line.
 * Read failures surface as commons-csv throws them ({@link UploadDecoder#problemOf} names them).
 */
final class PoliceCsvReader implements Closeable {

    /** A record of the file, by its line (header = 1). */
    sealed interface Parsed permits Valid, Invalid {
        long line();
    }

    record Valid(long line, PoliceRow row) implements Parsed {
    }

    record Invalid(long line, String reason) implements Parsed {
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    /** Reads and checks the header; an empty body or another header is a problem naming it. */
    PoliceCsvReader(Reader reader) throws IOException {
        parser = parse(reader);
        records = parser.iterator();
        try {
            checkHeader(records);
        } catch (RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /**
     * Checks that {@code reader} starts with the police.uk header (a problem naming the body or the header if not),
     * reading little more than that line: the rest is left to the caller, which closes the reader.
     */
    static void checkHeader(Reader reader) throws IOException {
        checkHeader(parse(reader).iterator());
    }

    private static CSVParser parse(Reader reader) throws IOException {
        return CSVFormat.DEFAULT.builder().setTrim(false).get().parse(reader);
    }

    private static void checkHeader(Iterator<CSVRecord> records) {
        if (!records.hasNext()) {
            throw ProblemException.invalid("body", "is empty; send the police.uk CSV");
        }
        String headerProblem = PoliceCsv.headerProblem(records.next().toList());
        if (headerProblem != null) {
            throw ProblemException.invalid("header", headerProblem);
        }
    }

    /** The next row after the header, or null at the end of the upload. */
    Parsed next() {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            long line = record.getRecordNumber(); // = the line: police.uk files have no embedded newlines
            if (PoliceCsv.isHeader(record)) {
                continue; // files concatenated into one upload
            }
            try {
                return new Valid(line, PoliceCsv.parse(record));
            } catch (PoliceCsv.Rejected rejected) {
                return new Invalid(line, rejected.getMessage());
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
