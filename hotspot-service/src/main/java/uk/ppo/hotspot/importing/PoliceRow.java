package uk.ppo.hotspot.importing;

import java.time.YearMonth;

/**
 * One valid row of a police.uk street-level CSV; optional fields are null when blank. The coordinates also
 * as given (stripped), so the import can pass them on without formatting the doubles again.
 */
record PoliceRow(String crimeId, YearMonth month, String reportedBy, String fallsWithin, Double longitude,
                 Double latitude, String location, String lsoaCode, String lsoaName, String crimeType, String outcome,
                 String longitudeText, String latitudeText) {

    /** ASB rows carry no Crime ID. */
    boolean hasCrimeId() {
        return crimeId != null;
    }

    /** Everything that identifies an ID-less row's content (all columns but the outcome, which is blank for ASB). */
    String content() {
        return String.join("\u001f", month.toString(), nz(reportedBy), nz(fallsWithin), nz(longitude), nz(latitude),
                nz(location), nz(lsoaCode), nz(lsoaName), crimeType);
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}
