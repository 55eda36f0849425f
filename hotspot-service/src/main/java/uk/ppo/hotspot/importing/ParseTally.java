package uk.ppo.hotspot.importing;

import java.util.ArrayList;
import java.util.List;

/** What the parser thread counted in an upload: rows, rejected rows (the first {@value #MAX_ERRORS} kept), unmatched LSOAs. */
final class ParseTally {

    static final int MAX_ERRORS = 100;

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
