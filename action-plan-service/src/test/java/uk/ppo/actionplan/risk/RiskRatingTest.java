package uk.ppo.actionplan.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RiskRatingTest {

    @ParameterizedTest(name = "likelihood {0} x impact {1} = {2}, {3}")
    @CsvSource({
            "1, 1, 1, LOW",
            "1, 5, 5, LOW",
            "2, 3, 6, LOW",
            "3, 2, 6, LOW",
            "2, 4, 8, MEDIUM",
            "3, 3, 9, MEDIUM",
            "2, 5, 10, MEDIUM",
            "3, 4, 12, MEDIUM",
            "4, 3, 12, MEDIUM",
            "3, 5, 15, HIGH",
            "4, 4, 16, HIGH",
            "5, 4, 20, HIGH",
            "5, 5, 25, HIGH",
    })
    void scoresAndBandsAsTheRegisterSays(int likelihood, int impact, int score, RiskRating.Band band) {
        assertEquals(score, RiskRating.score(likelihood, impact));
        assertEquals(band, RiskRating.band(RiskRating.score(likelihood, impact)));
    }

    @Test
    void everyPossibleScoreFallsInExactlyTheBandsOneToSixEightToTwelveAndFifteenToTwentyFive() {
        Map<Integer, RiskRating.Band> bands = new TreeMap<>();
        for (int l = 1; l <= 5; l++) {
            for (int i = 1; i <= 5; i++) {
                int score = RiskRating.score(l, i);
                bands.put(score, RiskRating.band(score));
            }
        }
        assertEquals("{1=LOW, 2=LOW, 3=LOW, 4=LOW, 5=LOW, 6=LOW, 8=MEDIUM, 9=MEDIUM, 10=MEDIUM, 12=MEDIUM, 15=HIGH, 16=HIGH, "
                + "20=HIGH, 25=HIGH}", bands.toString());
    }

    @ParameterizedTest
    @CsvSource({"0, 3", "6, 3", "3, 0", "3, 6", "-1, 1"})
    void refusesALikelihoodOrImpactOutsideOneToFive(int likelihood, int impact) {
        assertThrows(IllegalArgumentException.class, () -> RiskRating.score(likelihood, impact));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 26, -5})
    void refusesAScoreOutsideOneToTwentyFive(int score) {
        assertThrows(IllegalArgumentException.class, () -> RiskRating.band(score));
    }

    @ParameterizedTest(name = "{0}, review {1}, as of {2}: overdue {3}")
    @CsvSource({
            "OPEN,   2010-09-30, 2010-09-29, false",
            "OPEN,   2010-09-30, 2010-09-30, false",
            "OPEN,   2010-09-30, 2010-10-01, true",
            "OPEN,   2010-09-30, 2011-03-31, true",
            "CLOSED, 2010-09-30, 2010-10-01, false",
            "OPEN,             , 2010-10-01, false",
            "CLOSED,           , 2010-10-01, false",
    })
    void anOpenRiskIsOverdueTheDayAfterItsReviewDate(RiskStatus status, LocalDate review, LocalDate asOf, boolean overdue) {
        assertEquals(overdue, RiskRating.reviewOverdue(status, review, asOf));
    }
}
