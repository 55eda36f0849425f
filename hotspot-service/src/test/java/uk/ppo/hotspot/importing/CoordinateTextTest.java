package uk.ppo.hotspot.importing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only coordinates PostgreSQL reads exactly as Java did are passed on as given. */
class CoordinateTextTest {

    @Test
    void policeUkCoordinatesGoAsGiven() {
        assertTrue(CopyText.plainDecimal("0.747539"));
        assertTrue(CopyText.plainDecimal("-0.137512"));
        assertTrue(CopyText.plainDecimal("52"));
    }

    @Test
    void whatOnlyJavaReadsIsFormattedFirst() {
        for (String v : new String[] {"1.5d", "1e-3", "+0.5", ".5", "5.", "-", "", "0x1p3", "1.2.3", "NaN"}) {
            assertFalse(CopyText.plainDecimal(v), v);
        }
    }
}
