package uk.ppo.actionplan.plan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FinancialYearTest {

    @ParameterizedTest(name = "{0} is a financial year: {1}")
    @CsvSource({
            "2010/11,   true",
            "2025/26,   true",
            "1999/00,   true",
            "2009/10,   true",
            "2010/12,   false",
            "2010/10,   false",
            "2010/09,   false",
            "1999/01,   false",
            "2010-11,   false",
            "10/11,     false",
            "2010/2011, false",
            "2010/1,    false",
            "'',        false",
            "abcd/ef,   false",
            "２０１０/１１, false",
            "1850/51,   false",
            "1899/00,   false",
            "1900/01,   true",
            "2998/99,   true",
            "2999/00,   false",
            "' 2010/11', false",
    })
    void theSecondPartIsTheNextYear(String value, boolean expected) {
        assertEquals(expected, FinancialYear.Validator.isFinancialYear(value));
    }
}
