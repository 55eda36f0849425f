package uk.ppo.hotspot.importing;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One keyed police.uk row as a line of PostgreSQL COPY text (FORMAT csv) in the column order of
 * {@link StagingSql#COPY}: an unquoted empty field is NULL, a quoted one is text. Pure: no I/O of its own.
 */
final class CopyText {

    /** "2025-01-01" per month: the staging column is a date. At most a few hundred months. */
    private static final ConcurrentMap<YearMonth, String> FIRST_DAYS = new ConcurrentHashMap<>();

    private CopyText() {
    }

    static void writeRow(Writer out, long line, String key, PoliceRow r) throws IOException {
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
        coordinate(out, r.longitude(), r.longitudeText());
        out.write(',');
        coordinate(out, r.latitude(), r.latitudeText());
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

    private static void coordinate(Writer out, Double value, String text) throws IOException {
        if (value != null) {
            out.write(plainDecimal(text) ? text : Double.toString(value));
        }
    }

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
}
