package uk.ppo.hotspot.importing;

import java.nio.charset.StandardCharsets;

/**
 * Whether a key of an upload may have come before: 64-bit hashes of the keys in an open-addressing
 * table (16 bytes per key, no key kept). "No" is certain; "maybe" is a real repeat or, rarely, a hash
 * collision, which the import settles in SQL. Beyond {@link #MAX_TRACKED} keys it stops tracking and
 * answers "maybe" for every key after that. Not thread-safe; one per upload.
 */
final class SeenKeys {

    /** Beyond this many keys (64 MB of table) it stops tracking. */
    static final int MAX_TRACKED = 1 << 22;

    private long[] table = new long[1 << 16];
    private int size;

    /** Adds {@code key}; true if it may have been added before. */
    boolean add(String key) {
        if (table == null) {
            return true;
        }
        if (size >= MAX_TRACKED) {
            table = null; // gave up: any key may repeat
            return true;
        }
        if (!insert(table, hash(key))) {
            return true;
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
        return false;
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
