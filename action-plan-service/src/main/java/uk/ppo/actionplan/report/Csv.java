package uk.ppo.actionplan.report;

import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled, CRLF between
 * records. A field that a spreadsheet would read as a formula ({@code = + - @} first) is prefixed with
 * an apostrophe so an exported report cannot run anything when opened. Pure, no CDI.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public Csv row(Object... fields) {
        return row(Arrays.asList(fields));
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
