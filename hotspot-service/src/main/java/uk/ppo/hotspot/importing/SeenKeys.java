package uk.ppo.hotspot.importing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which keys of an upload may have come before: 64-bit hashes of the keys in an open-addressing table
 * (16 bytes per key, no key kept), plus the keys whose hash was already there. Those candidates are few
 * (a real repeat or, rarely, a hash collision), so the import's de-duplication only has to look at rows
 * with those keys instead of grouping the whole upload. "Not a candidate" is certain. Beyond
 * {@link #MAX_TRACKED} keys or {@link #MAX_CANDIDATES} candidates it gives up and answers "any key may
 * repeat" ({@link #candidates()} null). Not thread-safe; one per upload.
 */
final class SeenKeys {

    /** Beyond this many keys (64 MB of table) it stops tracking. */
    static final int MAX_TRACKED = 1 << 22;
    /** Beyond this many candidate keys the de-duplication looks at every row instead. */
    static final int MAX_CANDIDATES = 10_000;

    private long[] table = new long[1 << 16];
    private int size;
    private boolean overflow;
    private final Set<String> candidates = new LinkedHashSet<>();

    void add(String key) {
        if (overflow) {
            return;
        }
        if (size >= MAX_TRACKED) {
            giveUp();
            return;
        }
        long hash = hash(key);
        if (!insert(table, hash)) {
            candidates.add(key);
            if (candidates.size() > MAX_CANDIDATES) {
                giveUp();
            }
            return;
        }
        if (++size * 2 > table.length) {
            long[] bigger = new long[table.length * 2];
            for (long h : table) {
                if (h != 0) {
                    insert(bigger, h);
                }
            }
            table = bigger;
        }
    }

    private void giveUp() {
        overflow = true;
        table = null;
        candidates.clear();
    }

    /** Whether some key may have been added twice. */
    boolean mayRepeat() {
        return overflow || !candidates.isEmpty();
    }

    /**
     * The keys that may repeat an earlier one (every repeated key is among them), or null when it gave
     * up tracking and any key may repeat.
     */
    Set<String> candidates() {
        return overflow ? null : candidates;
    }

    /** false if the hash was already there. */
    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = hash;
        return true;
    }

    /** FNV-1a over the UTF-8 bytes, finished with a 64-bit mixer; never 0 (0 marks a free slot). */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
