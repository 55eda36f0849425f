package uk.ppo.scoring.ogrs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Ogrs3Test {

    static Ogrs3.Result worked(String dob, String convicted, String followUp, int sanctions, int firstAt, OffenceGroup group) {
        LocalDate birth = LocalDate.parse(dob);
        return Ogrs3.score(new Ogrs3.Input(Sex.MALE, Ogrs3.age(birth, LocalDate.parse(followUp)),
                Ogrs3.age(birth, LocalDate.parse(convicted)), firstAt, sanctions, group));
    }

    @Test
    void thePublishedSolicitingCaseReproduces() {
        Ogrs3.Result r = worked("1965-12-07", "2025-05-13", "2026-12-06", 2, 47, OffenceGroup.SOLICITING_PROSTITUTION);
        assertEquals(new BigDecimal("8.3"), r.oneYearPercent());
        assertEquals(new BigDecimal("15.7"), r.twoYearPercent());
        assertEquals(15.71, r.twoYearExact(), 0.005);
        assertEquals(Ogrs3.Band.LOW, r.band());
    }

    @Test
    void thePublishedFraudCaseReproduces() {
        Ogrs3.Result r = worked("1991-07-17", "2021-08-05", "2021-12-12", 2, 21, OffenceGroup.FRAUD_FORGERY);
        assertEquals(new BigDecimal("10.7"), r.oneYearPercent());
        assertEquals(new BigDecimal("19.8"), r.twoYearPercent());
        assertEquals(19.81, r.twoYearExact(), 0.005);
        assertEquals(Ogrs3.Band.LOW, r.band());
    }

    @ParameterizedTest(name = "age {0}: male {1}, female {2}")
    @CsvSource({
            "10, 0,       0.785", "11, 0,       0.785",
            "12, 0.08392, 0.61385", "13, 0.08392, 0.61385",
            "14, 0.07578, 0.66952", "15, 0.07578, 0.66952",
            "16, -0.0616, -0.9592", "17, -0.0616, -0.9592",
            "18, -0.6251, -0.8975", "20, -0.6251, -0.8975",
            "21, -1.0515, -1.0285", "24, -1.0515, -1.0285",
            "25, -1.1667, -1.0528", "29, -1.1667, -1.0528",
            "30, -1.326,  -1.1291", "34, -1.326,  -1.1291",
            "35, -1.368,  -1.4219", "39, -1.368,  -1.4219",
            "40, -1.4997, -1.5247", "49, -1.4997, -1.5247",
            "50, -2.0253, -2.4498", "90, -2.0253, -2.4498",
    })
    void ageAndSexWeightsFollowTheTableAtEveryBandEdge(int age, double male, double female) {
        assertEquals(male, Ogrs3.ageSexWeight(age, Sex.MALE), 1e-9);
        assertEquals(female, Ogrs3.ageSexWeight(age, Sex.FEMALE), 1e-9);
    }

    @ParameterizedTest(name = "{0}% -> {1}")
    @CsvSource({"0, LOW", "49.99, LOW", "50, MEDIUM", "74.99, MEDIUM", "75, HIGH", "89.99, HIGH", "90, VERY_HIGH", "100, VERY_HIGH"})
    void bandsOnTheTwoYearPercentage(double percent, Ogrs3.Band band) {
        assertEquals(band, Ogrs3.band(percent));
    }

    @Test
    void everyOffenceGroupHasItsPublishedWeight() {
        // s for a 20-year-old man, 1st sanction at 20, 1 sanction: -0.6251 + 0.12614 + 1.25112 ln(1/10) + w
        for (OffenceGroup g : OffenceGroup.values()) {
            Ogrs3.Result r = Ogrs3.score(new Ogrs3.Input(Sex.MALE, 20, 20, 20, 1, g));
            double s = -0.6251 + 0.12614 + 1.25112 * Math.log(0.1) + g.weight();
            double expected = 100 * Math.exp(2.1217 + s) / (1 + Math.exp(2.1217 + s));
            assertEquals(expected, r.twoYearExact(), 1e-9, g.name());
        }
        assertEquals(-0.7956, OffenceGroup.DRUG_IMPORT_EXPORT_PRODUCTION.weight());
        assertEquals(0.7334, OffenceGroup.ABSCONDING_BAIL.weight());
    }

    @Test
    void aYoungManWithManySanctionsIsVeryHigh() {
        Ogrs3.Result r = Ogrs3.score(new Ogrs3.Input(Sex.MALE, 19, 19, 12, 25, OffenceGroup.THEFT_NON_MOTOR));
        assertEquals(Ogrs3.Band.VERY_HIGH, r.band());
    }

    @Test
    void impossibleInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Ogrs3.score(new Ogrs3.Input(Sex.MALE, 30, 30, 31, 2, OffenceGroup.OTHER)));
        assertThrows(IllegalArgumentException.class, () -> Ogrs3.score(new Ogrs3.Input(Sex.MALE, 9, 9, 9, 1, OffenceGroup.OTHER)));
        assertThrows(IllegalArgumentException.class, () -> Ogrs3.score(new Ogrs3.Input(Sex.MALE, 30, 30, 20, 0, OffenceGroup.OTHER)));
    }
}
