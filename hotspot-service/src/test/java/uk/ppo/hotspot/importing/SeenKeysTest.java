package uk.ppo.hotspot.importing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeenKeysTest {

    @Test
    void aYearOfDistinctCrimeIdsNeedsNoDeduplicationPass() {
        SeenKeys keys = new SeenKeys();
        for (int i = 0; i < 300_000; i++) {
            keys.add("police:" + Integer.toHexString(i * 7919) + "a5f3c2");
        }
        assertFalse(keys.mayRepeat());
    }

    @Test
    void aRepeatedKeyIsNoticedWhereverItComes() {
        SeenKeys keys = new SeenKeys();
        keys.add("police:abc");
        for (int i = 0; i < 100_000; i++) {
            keys.add("police:" + i);
        }
        assertFalse(keys.mayRepeat());
        keys.add("police:abc");
        assertTrue(keys.mayRepeat());
        // only the repeated key needs looking at, not the 100,001 others
        assertEquals(java.util.Set.of("police:abc"), keys.candidates());
    }

    @Test
    void tooManyRepeatsMeanEveryKeyMayRepeat() {
        SeenKeys keys = new SeenKeys();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i <= SeenKeys.MAX_CANDIDATES; i++) {
                keys.add("police:" + i);
            }
        }
        assertTrue(keys.mayRepeat());
        assertNull(keys.candidates());
    }

    @Test
    void theHashNeverMarksAFreeSlotAndSeparatesNearKeys() {
        assertNotEquals(0, SeenKeys.hash(""));
        assertNotEquals(SeenKeys.hash("police:ab"), SeenKeys.hash("police:ba"));
    }
}
