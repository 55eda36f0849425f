package uk.ppo.actionplan.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 CSV written by Apache Commons CSV (CRLF between records, quoting where needed). A field a
 * spreadsheet would read as a formula ({@code = + - @} first) is prefixed with an apostrophe, so an
 * exported report cannot run anything when opened. Pure, no CDI.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    public Csv() {
        try {
            printer = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Csv row(List<?> fields) {
        try {
            printer.printRecord(fields.stream().map(Csv::defused).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Csv row(Object... fields) {
        return row(Arrays.asList(fields));
    }

    /** The value as text, with formula-starting text defused; null stays an empty field. */
    static String defused(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
