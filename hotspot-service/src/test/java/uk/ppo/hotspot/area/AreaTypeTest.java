package uk.ppo.hotspot.area;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AreaTypeTest {

    @ParameterizedTest(name = "a {0} under {1}: {2}")
    @CsvSource(nullValues = "none", value = {
            "COUNTY,   none,     ok",
            "COUNTY,   COUNTY,   a COUNTY has no parent",
            "COUNTY,   DISTRICT, a COUNTY has no parent",
            "DISTRICT, none,     ok",
            "DISTRICT, COUNTY,   ok",
            "DISTRICT, DISTRICT, 'the parent of a DISTRICT must be a COUNTY, not a DISTRICT'",
            "DISTRICT, WARD,     'the parent of a DISTRICT must be a COUNTY, not a WARD'",
            "WARD,     none,     a WARD needs a parent DISTRICT",
            "WARD,     DISTRICT, ok",
            "WARD,     COUNTY,   'the parent of a WARD must be a DISTRICT, not a COUNTY'",
            "WARD,     LSOA,     'the parent of a WARD must be a DISTRICT, not a LSOA'",
            "LSOA,     none,     a LSOA needs a parent WARD",
            "LSOA,     WARD,     ok",
            "LSOA,     DISTRICT, 'the parent of a LSOA must be a WARD, not a DISTRICT'",
            "LSOA,     LSOA,     'the parent of a LSOA must be a WARD, not a LSOA'",
    })
    void eachLevelSitsDirectlyUnderTheLevelAbove(AreaType type, AreaType parent, String expected) {
        assertEquals(expected, type.parentProblem(parent).orElse("ok"));
    }
}
