package uk.ppo.hotspot.area;

import org.apache.commons.csv.CSVRecord;
import uk.ppo.common.problem.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The area hierarchy CSV ({@code code,name,type,parent_code,population,latitude,longitude}) and the rules
 * an import must pass before anything is written: known types, non-negative populations, coordinates in
 * range, unique codes, known parents one level up, no cycles, no change of an existing area's level.
 * Pure: no I/O, no CDI.
 */
final class AreaCsv {

    static final List<String> HEADER = List.of("code", "name", "type", "parent_code", "population", "latitude", "longitude");
    static final int MAX_VIOLATIONS = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,11}");

    private AreaCsv() {
    }

    record Row(long line, String code, String name, AreaType type, String parentCode, Integer population,
               Double latitude, Double longitude) {
    }

    /** What is known of an area already stored. */
    record Known(AreaType type, String parentCode) {
    }

    static final class Violations {
        final List<Problem.Violation> list = new ArrayList<>();
        long count;

        void add(String field, long line, String message) {
            count++;
            if (list.size() < MAX_VIOLATIONS) {
                list.add(new Problem.Violation(field, "line " + line + ": " + message));
            }
        }

        boolean isEmpty() {
            return count == 0;
        }
    }

    static String headerProblem(List<String> header) {
        List<String> h = new ArrayList<>(header);
        if (!h.isEmpty() && h.get(0).startsWith("\uFEFF")) {
            h.set(0, h.get(0).substring(1));
        }
        return h.equals(HEADER) ? null : "the first line must be: " + String.join(",", HEADER);
    }

    /** Parses one record; problems go to {@code violations} and the result is null. */
    static Row parse(CSVRecord r, Violations violations) {
        long line = r.getRecordNumber();
        if (r.size() != HEADER.size()) {
            violations.add("row", line, "has " + r.size() + " columns, expected " + HEADER.size());
            return null;
        }
        long before = violations.count;
        String code = r.get(0).strip();
        if (!CODE.matcher(code).matches()) {
            violations.add("code", line, "must be 2 to 12 capital letters or digits, starting with a letter");
        }
        String name = r.get(1).strip();
        if (name.isEmpty() || name.length() > 200) {
            violations.add("name", line, "must be 1 to 200 characters");
        }
        AreaType type = null;
        try {
            type = AreaType.valueOf(r.get(2).strip());
        } catch (IllegalArgumentException e) {
            violations.add("type", line, "must be one of COUNTY, DISTRICT, WARD, LSOA");
        }
        String parent = r.get(3).strip();
        Integer population = null;
        if (!r.get(4).isBlank()) {
            try {
                population = Integer.valueOf(r.get(4).strip());
                if (population < 0) {
                    violations.add("population", line, "must not be negative");
                }
            } catch (NumberFormatException e) {
                violations.add("population", line, "must be a whole number");
            }
        }
        Double latitude = number(r.get(5), 90, "latitude", line, violations);
        Double longitude = number(r.get(6), 180, "longitude", line, violations);
        if (violations.count > before) {
            return null;
        }
        return new Row(line, code, name, type, parent.isEmpty() ? null : parent, population, latitude, longitude);
    }

    private static Double number(String value, double limit, String field, long line, Violations violations) {
        if (value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (!Double.isFinite(d) || Math.abs(d) > limit) {
                violations.add(field, line, "must be between -" + (int) limit + " and " + (int) limit);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            violations.add(field, line, "must be a number");
            return null;
        }
    }

    /** Checks the rows against each other and the stored areas. */
    static void checkHierarchy(List<Row> rows, Map<String, Known> stored, Violations violations) {
        Map<String, Row> byCode = new HashMap<>();
        for (Row row : rows) {
            Row first = byCode.putIfAbsent(row.code(), row);
            if (first != null) {
                violations.add("code", row.line(), row.code() + " is already on line " + first.line());
            }
        }
        Map<String, String> parentOf = new HashMap<>();
        stored.forEach((code, known) -> parentOf.put(code, known.parentCode()));
        for (Row row : byCode.values()) {
            parentOf.put(row.code(), row.parentCode());
        }
        for (Row row : rows) {
            Known known = stored.get(row.code());
            if (known != null && known.type() != row.type()) {
                violations.add("type", row.line(), row.code() + " is a " + known.type() + " and cannot become a " + row.type());
                continue;
            }
            AreaType parentType = null;
            if (row.parentCode() != null) {
                Row parentRow = byCode.get(row.parentCode());
                Known parentKnown = stored.get(row.parentCode());
                if (parentRow == null && parentKnown == null) {
                    violations.add("parent_code", row.line(), "no area has code " + row.parentCode());
                    continue;
                }
                parentType = parentRow != null ? parentRow.type() : parentKnown.type();
            }
            String problem = row.type().parentProblem(parentType).orElse(null);
            if (problem != null) {
                violations.add("parent_code", row.line(), problem);
                continue;
            }
            if (inCycle(row.code(), parentOf)) {
                violations.add("parent_code", row.line(), row.code() + " would be its own ancestor");
            }
        }
    }

    static boolean inCycle(String code, Map<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        for (String c = code; c != null; c = parentOf.get(c)) {
            if (!seen.add(c)) {
                return true;
            }
        }
        return false;
    }
}
