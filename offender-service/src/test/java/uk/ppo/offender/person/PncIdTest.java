package uk.ppo.offender.person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PncIdTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2004/0012345A, 2004/0012345A",
            "2004/12345a, 2004/0012345A",
            "04/12345A, 2004/0012345A",
            "' 1999/7654321Z ', 1999/7654321Z",
            "99/1Z, 1999/0000001Z",
            "2004/00123456A, INVALID",
            "2004-0012345A, INVALID",
            "2004/0012345, INVALID",
            "2004/A, INVALID",
            "1899/0012345A, INVALID",
            "2999/0012345A, INVALID",
            "'', INVALID",
            "2004/0012345A; DROP TABLE person, INVALID"})
    void acceptsPncIdsInEitherYearFormAndStoresOneCanonicalForm(String raw, String expected) {
        assertEquals(expected, PncId.canonical(raw).orElse("INVALID"));
    }
}
