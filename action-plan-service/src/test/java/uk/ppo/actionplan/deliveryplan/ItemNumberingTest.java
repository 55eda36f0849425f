package uk.ppo.actionplan.deliveryplan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.common.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemNumberingTest {

    private static List<Integer> list(String spec) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spec.split(" ")).map(s -> s.equals("-") ? null : Integer.valueOf(s)).toList();
    }

    @ParameterizedTest(name = "plan has [{0}], request [{1}] -> [{2}], removed [{3}]")
    @CsvSource(delimiter = '|', value = {
            // a new plan: numbered 1, 2, 3 in order
            "       | - - -   | 1 2 3   |      ",
            // unchanged
            "1 2 3  | 1 2 3   | 1 2 3   |      ",
            // reordered: numbers stay with their items
            "1 2 3  | 3 1 2   | 3 1 2   |      ",
            // one added: the next number after every number the plan has
            "1 2 3  | 1 2 3 - | 1 2 3 4 |      ",
            // one removed, one added: the removed number is not reused while a higher one exists
            "1 2 3  | 1 3 -   | 1 3 4   | 2    ",
            // all replaced by new ones
            "1 2    | - -     | 3 4     | 1 2  ",
            // a number the plan lacks is taken as given; new ones come after it
            "1 2    | 1 2 7 - | 1 2 7 8 |      ",
            // everything removed
            "1 2 3  |         |         | 1 2 3"})
    void numbersStayWithTheirItemsAndNewOnesComeAfterTheHighest(String existing, String requested, String numbers, String removed) {
        ItemNumbering.Result result = ItemNumbering.assign("activities", list(requested), list(existing));
        assertEquals(list(numbers), result.numbers());
        assertEquals(new TreeSet<>(list(removed)), result.removed());
    }

    @ParameterizedTest
    @CsvSource({"'1 1', activities[1].number", "'2 - 2', activities[2].number"})
    void aNumberGivenTwiceIsRefusedNamingTheSecond(String requested, String field) {
        ProblemException e = assertThrows(ProblemException.class, () -> ItemNumbering.assign("activities", list(requested), Set.of(1, 2)));
        assertTrue(e.violations().stream().anyMatch(v -> v.field().equals(field)), e.violations().toString());
    }
}
