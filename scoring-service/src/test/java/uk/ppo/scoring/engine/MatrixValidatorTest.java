package uk.ppo.scoring.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.common.problem.Problem;
import uk.ppo.scoring.matrix.MatrixRules;
import uk.ppo.scoring.matrix.MatrixValidator;
import uk.ppo.scoring.matrix.OffenceCategory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixValidatorTest {

    static MatrixRules withIntelligence(List<MatrixRules.Band> bands) {
        MatrixRules d = MatrixRules.homeOfficeDefault();
        return new MatrixRules(d.lookBackMonths(), d.categories(), d.statusWeights(), d.victimPoints(), d.oasysPoints(),
                d.ogrsThresholdPercent(), bands, d.serialBands(), d.impactPoints(), d.impactLevels());
    }

    static List<String> fields(MatrixRules rules) {
        return MatrixValidator.violations(rules).stream().map(Problem.Violation::field).toList();
    }

    @Test
    void theHomeOfficeDefaultIsValid() {
        assertEquals(List.of(), MatrixValidator.violations(MatrixRules.homeOfficeDefault()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "overlap         | 0-28:5, 28-56:3, 57-:1 | intelligenceBands[1].from",
            "gap             | 0-28:5, 30-56:3, 57-:1 | intelligenceBands[1].from",
            "not from zero   | 1-28:5, 29-56:3, 57-:1 | intelligenceBands[0].from",
            "closed last     | 0-28:5, 29-56:3        | intelligenceBands[1].to",
            "open in middle  | 0-28:5, 29-:3, 57-:1   | intelligenceBands[1].to",
            "inverted        | 0-28:5, 29-20:3, 57-:1 | intelligenceBands[1].to",
            "negative points | 0-28:-5, 29-:3         | intelligenceBands[0].points",
    })
    void badBandsAreNamed(String why, String spec, String field) {
        List<MatrixRules.Band> bands = java.util.Arrays.stream(spec.split(",")).map(String::strip).map(s -> {
            String[] range = s.split(":");
            String[] ends = range[0].split("-(?=\\d|$)", 2);
            Integer to = ends.length < 2 || ends[1].isEmpty() ? null : Integer.valueOf(ends[1]);
            return new MatrixRules.Band(Integer.parseInt(ends[0]), to, Integer.parseInt(range[1]));
        }).toList();
        assertTrue(fields(withIntelligence(bands)).contains(field), why + ": " + fields(withIntelligence(bands)));
    }

    @Test
    void negativePointsAndMissingCategoriesAreNamed() {
        MatrixRules d = MatrixRules.homeOfficeDefault();
        Map<OffenceCategory, MatrixRules.CategoryRule> categories = new EnumMap<>(d.categories());
        categories.put(OffenceCategory.ROBBERY, new MatrixRules.CategoryRule(-1, 1));
        categories.put(OffenceCategory.ARSON, new MatrixRules.CategoryRule(3, 0));
        categories.remove(OffenceCategory.TWOC);
        MatrixRules bad = new MatrixRules(0, categories, d.statusWeights(), d.victimPoints(), -5, 101,
                d.intelligenceBands(), d.serialBands(), d.impactPoints(), d.impactLevels());
        assertEquals(List.of("lookBackMonths", "categories.TWOC", "categories.ROBBERY.points", "categories.ARSON.multiplier",
                "oasysPoints", "ogrsThresholdPercent"), fields(bad).stream().sorted((a, b) -> order(a) - order(b)).toList());
    }

    private static int order(String field) {
        return List.of("lookBackMonths", "categories.TWOC", "categories.ROBBERY.points", "categories.ARSON.multiplier",
                "oasysPoints", "ogrsThresholdPercent").indexOf(field);
    }
}
