package uk.ppo.hotspot.importing;

import java.nio.charset.StandardCharsets;

/**
 * Tells whether a key of an upload may have come before: 64-bit hashes of the keys in an open-addressing
 * table (16 bytes per key, no key kept). "No" is certain, so the import can skip its de-duplication pass;
 * "maybe" (a repeat, a hash collision, or more keys than it tracks) just means that pass runs. Not
 * thread-safe; one per upload.
 */
final class SeenKeys {

    /** Beyond this many keys (64 MB of table) it stops tracking and answers "maybe". */
    static final int MAX_TRACKED = 1 << 22;

    private long[] table = new long[1 << 16];
    private int size;
    private boolean mayRepeat;

    void add(String key) {
        if (mayRepeat) {
            return;
        }
        if (size >= MAX_TRACKED) {
            mayRepeat = true;
            table = null;
            return;
        }
        long hash = hash(key);
        if (!insert(table, hash)) {
            mayRepeat = true;
            table = null;
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

    /** Whether some key may have been added twice. */
    boolean mayRepeat() {
        return mayRepeat;
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
