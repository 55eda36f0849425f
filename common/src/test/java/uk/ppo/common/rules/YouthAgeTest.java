package uk.ppo.common.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class YouthAgeTest {

    @ParameterizedTest(name = "{0}: young person {1}, adult {2}")
    @CsvSource({
            "-1, false, false",
            "9,  false, false",
            "10, true,  false",
            "14, true,  false",
            "17, true,  false",
            "18, false, true",
            "65, false, true",
    })
    void youngPeopleAreTenToSeventeenAndAdultsEighteenOn(int age, boolean young, boolean adult) {
        assertEquals(young, YouthAge.includes(age));
        assertEquals(adult, YouthAge.adult(age));
    }
}
