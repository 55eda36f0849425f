package uk.ppo.hotspot.importing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeenKeysTest {

    @Test
    void aYearOfDistinctCrimeIdsHasNoRepeat() {
        SeenKeys keys = new SeenKeys();
        for (int i = 0; i < 300_000; i++) {
            assertFalse(keys.add("police:" + Integer.toHexString(i * 7919) + "a5f3c2"), "key " + i);
        }
    }

    @Test
    void aRepeatedKeyIsNoticedWhereverItComes() {
        SeenKeys keys = new SeenKeys();
        assertFalse(keys.add("police:abc"));
        for (int i = 0; i < 100_000; i++) {
            keys.add("police:" + i);
        }
        assertTrue(keys.add("police:abc"));
        assertTrue(keys.add("police:77"));
        assertFalse(keys.add("police:100000"));
    }

    @Test
    void theHashNeverMarksAFreeSlotAndSeparatesNearKeys() {
        assertNotEquals(0, SeenKeys.hash(""));
        assertNotEquals(SeenKeys.hash("police:ab"), SeenKeys.hash("police:ba"));
    }
}
