package uk.ppo.hotspot.importing;

import org.apache.commons.csv.CSVRecord;
import uk.ppo.hotspot.incident.CrimeTypes;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;

/**
 * The police.uk street-level CSV as published: the header, and the rule for turning one record into a
 * {@link PoliceRow} or a reason to reject it. Pure: no I/O, no CDI.
 */
final class PoliceCsv {

    static final List<String> HEADER = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
            "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context");

    // the formats of Month ("\\d{4}-\\d{2}"), Crime ID ("[A-Za-z0-9]{1,64}") and LSOA code ("[A-Z][0-9]{8}"),
    // checked by plain loops: three regex matches were a tenth of the CPU the import spends per row

    private PoliceCsv() {
    }

    /** Why a header is not the police.uk one; null when it is (a UTF-8 BOM is tolerated). */
    static String headerProblem(List<String> header) {
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header = new java.util.ArrayList<>(header);
            header.set(0, header.get(0).substring(1));
        }
        if (header.equals(HEADER)) {
            return null;
        }
        return "the first line must be the police.uk street-level header: " + String.join(",", HEADER);
    }

    static boolean isHeader(CSVRecord record) {
        return record.size() == HEADER.size() && HEADER.get(0).equals(record.get(0)) && HEADER.get(1).equals(record.get(1));
    }

    /** The row, or throws {@link Rejected} naming the column and why. */
    static PoliceRow parse(CSVRecord r) {
        if (r.size() != HEADER.size()) {
            throw new Rejected("has " + r.size() + " columns, expected " + HEADER.size());
        }
        String crimeId = blankToNull(r.get(0));
        if (crimeId != null && !isCrimeId(crimeId)) {
            throw new Rejected("Crime ID: must be up to 64 letters or digits");
        }
        YearMonth month = month(r.get(1));
        String reportedBy = text(r.get(2), 100, "Reported by");
        String fallsWithin = text(r.get(3), 100, "Falls within");
        Double longitude = coordinate(r.get(4), 180, "Longitude");
        Double latitude = coordinate(r.get(5), 90, "Latitude");
        if ((longitude == null) != (latitude == null)) {
            throw new Rejected("Longitude, Latitude: must both be given or both be blank");
        }
        String location = text(r.get(6), 200, "Location");
        String lsoaCode = blankToNull(r.get(7));
        if (lsoaCode != null && !isLsoaCode(lsoaCode)) {
            throw new Rejected("LSOA code: must be an ONS code such as E01020963");
        }
        String lsoaName = text(r.get(8), 200, "LSOA name");
        String crimeType = r.get(9).strip();
        if (!CrimeTypes.isKnown(crimeType)) {
            throw new Rejected("Crime type: " + (crimeType.isEmpty() ? "must not be blank" : "'" + abbreviate(crimeType) + "' is not a police.uk crime type"));
        }
        String outcome = text(r.get(10), 200, "Last outcome category");
        return new PoliceRow(crimeId, month, reportedBy, fallsWithin, longitude, latitude, location, lsoaCode, lsoaName,
                crimeType, outcome, longitude == null ? null : r.get(4).strip(), latitude == null ? null : r.get(5).strip());
    }

    static boolean isCrimeId(String v) {
        int n = v.length();
        if (n < 1 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    static boolean isLsoaCode(String v) {
        if (v.length() != 9 || v.charAt(0) < 'A' || v.charAt(0) > 'Z') {
            return false;
        }
        return digits(v, 1, 9);
    }

    static boolean isMonth(String v) {
        return v.length() == 7 && v.charAt(4) == '-' && digits(v, 0, 4) && digits(v, 5, 7);
    }

    private static boolean digits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Valid months seen so far (at most 1,212 of them): parsing a date is the dearest check of a row. */
    private static final java.util.concurrent.ConcurrentMap<String, YearMonth> MONTHS = new java.util.concurrent.ConcurrentHashMap<>();

    static YearMonth month(String value) {
        String v = value.strip();
        YearMonth known = MONTHS.get(v);
        if (known != null) {
            return known;
        }
        YearMonth month = parseMonth(v);
        MONTHS.put(v, month);
        return month;
    }

    private static YearMonth parseMonth(String value) {
        String v = value.strip();
        if (!isMonth(v)) {
            throw new Rejected("Month: must be YYYY-MM, not '" + abbreviate(v) + "'");
        }
        try {
            YearMonth month = YearMonth.parse(v);
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new Rejected("Month: " + v + " is out of range");
            }
            return month;
        } catch (DateTimeException e) {
            throw new Rejected("Month: " + v + " is not a month");
        }
    }

    private static Double coordinate(String value, double limit, String column) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new Rejected(column + ": '" + abbreviate(v) + "' is not a number");
        }
        if (!Double.isFinite(d) || Math.abs(d) > limit) {
            throw new Rejected(column + ": must be between -" + (int) limit + " and " + (int) limit);
        }
        return d;
    }

    private static String text(String value, int max, String column) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            throw new Rejected(column + ": longer than " + max + " characters");
        }
        return v;
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip();
        return v.isEmpty() ? null : v;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** A row that cannot be imported, and why. */
    static final class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
