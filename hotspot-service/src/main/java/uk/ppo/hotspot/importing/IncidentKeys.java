package uk.ppo.hotspot.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Stable idempotency keys for open-data rows. A row with a Crime ID is keyed by it. ASB rows have no ID
 * and identical ASB rows in one month are separate incidents (locations are snapped), so an ID-less row
 * is keyed by a hash of its content and its occurrence number among identical rows of the same upload:
 * the third identical row gets the same key every time the file is imported, and no two rows merge.
 * One instance per import request (it counts occurrences); not thread-safe.
 */
final class IncidentKeys {

    private final Map<String, Integer> occurrences = new HashMap<>();
    private final MessageDigest sha256;

    IncidentKeys() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String keyOf(PoliceRow row) {
        if (row.hasCrimeId()) {
            return "police:" + row.crimeId();
        }
        String content = row.content();
        int occurrence = occurrences.merge(content, 1, Integer::sum);
        byte[] digest = sha256.digest((content + "\u001f#" + occurrence).getBytes(StandardCharsets.UTF_8));
        return "asb:" + HexFormat.of().formatHex(digest);
    }
}
