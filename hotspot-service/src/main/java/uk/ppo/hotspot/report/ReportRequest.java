package uk.ppo.hotspot.report;

import uk.ppo.common.problem.ProblemException;
import uk.ppo.hotspot.incident.CrimeTypes;

import java.util.LinkedHashSet;
import java.util.List;

/** A validated report request: level, window, crime types (empty: all) and the area it is within (null: all). */
public record ReportRequest(ReportLevel level, Window window, List<String> crimeTypes, String within) {

    public static ReportRequest parse(String level, String from, String to, List<String> crimeTypes, String within) {
        ReportLevel l = ReportLevel.parse(level);
        Window w = Window.parse(from, to);
        return new ReportRequest(l, w, crimeTypes(crimeTypes), within == null || within.isBlank() ? null : within.strip());
    }

    public static List<String> crimeTypes(List<String> values) {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                if (!CrimeTypes.isKnown(value.strip())) {
                    throw ProblemException.invalid("crimeType", CrimeTypes.describe());
                }
                types.add(value.strip());
            }
        }
        return List.copyOf(types);
    }

    /** The crime types counted: those asked for, or all of them. */
    public List<String> countedTypes() {
        return crimeTypes.isEmpty() ? CrimeTypes.ALL : crimeTypes;
    }
}
