package uk.ppo.offender.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The name search's match rule, whole: names equal or alike, first name optional, date as given or swapped. */
class NameMatchingTest {

    @ParameterizedTest(name = "{0}, {1} born {2} looked up as {3}, {4} born {5}: {6}")
    @CsvSource(nullValues = "-", textBlock = """
            # candidate                       | query                              | match
            Smith,  John,   1984-03-07,         Smith,  John,   1984-03-07,          EXACT
            SMITH,  john,   1984-03-07,         smith,  JOHN,   1984-03-07,          EXACT
            O'Brien, Seán,  1984-03-07,         O’Brien, Sean,  1984-03-07,          EXACT
            Smith,  John,   1984-03-07,         Smith,  -,      1984-03-07,          EXACT
            Smyth,  Jon,    1984-03-07,         Smith,  John,   1984-03-07,          PHONETIC
            Smyth,  John,   1984-03-07,         Smith,  -,      1984-03-07,          PHONETIC
            Smith,  Jon,    1984-03-07,         Smith,  John,   1984-03-07,          PHONETIC
            Schmidt, John,  1984-03-07,         Smith,  John,   1984-03-07,          PHONETIC
            McDonald, Kyle, 1990-05-17,         Macdonald, Kyle, 1990-05-17,         PHONETIC
            Phillips, Kyle, 1990-05-17,         Philips, Kyle,  1990-05-17,          PHONETIC
            Smith,  John,   1984-07-03,         Smith,  John,   1984-03-07,          DOB_TRANSPOSED
            Smyth,  Jon,    1984-07-03,         Smith,  John,   1984-03-07,          DOB_TRANSPOSED
            Smith,  John,   1984-05-05,         Smith,  John,   1984-05-05,          EXACT
            Smith,  John,   1984-03-08,         Smith,  John,   1984-03-07,          -
            Smith,  John,   1985-07-03,         Smith,  John,   1984-03-07,          -
            Jones,  John,   1984-03-07,         Smith,  John,   1984-03-07,          -
            Smith,  Kyle,   1984-03-07,         Smith,  John,   1984-03-07,          -
            Smyth,  Kyle,   1984-07-03,         Smith,  John,   1984-03-07,          -
            """)
    void classifiesACandidateAgainstTheQuery(String lastName, String firstName, LocalDate born,
                                            String queryLast, String queryFirst, LocalDate queryBorn, NameMatching.Match expected) {
        assertEquals(Optional.ofNullable(expected), NameMatching.classify(new NameMatching.Query(queryLast, queryFirst, queryBorn),
                new NameMatching.Candidate(lastName, firstName, born)));
    }

    @ParameterizedTest(name = "{0} swapped is {1}")
    @CsvSource(nullValues = "-", textBlock = """
            1984-03-07, 1984-07-03
            1984-12-01, 1984-01-12
            1984-02-11, 1984-11-02
            # 13/05 and 25/05: there is no month 13 or 25, so nothing to swap into
            1984-05-13, -
            1984-05-25, -
            1984-12-31, -
            # the same day and month (05/05): the swap is the date itself, an EXACT match, never a transposition
            1984-05-05, -
            1984-12-12, -
            """)
    void transposesDayAndMonthOnlyIntoAnotherRealDate(LocalDate date, LocalDate expected) {
        assertEquals(Optional.ofNullable(expected), NameMatching.transposed(date));
    }

    @ParameterizedTest(name = "{0} and {1} sound alike: {2}")
    @CsvSource(textBlock = """
            Smith,     Smyth,    true
            John,      Jon,      true
            Catherine, Kathryn,  true
            Stephen,   Steven,   true
            Smith,     Jones,    false
            """)
    void namesSoundAlikeWhenTheirDoubleMetaphoneKeysShareAValue(String a, String b, boolean alike) {
        assertEquals(alike, NameMatching.keys(a).shareOneWith(NameMatching.keys(b)));
    }

    @Test
    void aNameOfSilentLettersIsItsOwnKeyAndABlankNameHasNone() {
        assertEquals(new NameMatching.Keys("SM0", "XMT"), NameMatching.keys("Smyth"));
        assertEquals(NameMatching.Keys.NONE, NameMatching.keys("  "));
        assertEquals(NameMatching.keys("H").primary(), NameMatching.keys("h").primary());
    }
}
