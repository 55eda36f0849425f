package uk.ppo.actionplan.deliveryplan;

import uk.ppo.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The numbers of a delivery plan's activities, sub-targets or risks when the plan is written. Pure.
 * <ul>
 * <li>An item that gives a number keeps (or takes) that number: the plan's item of that number is rewritten.</li>
 * <li>An item without a number is new: it takes the next number after every number the plan has or the list
 *     gives, in list order.</li>
 * <li>A number given twice is refused (400 naming {@code field[i].number}).</li>
 * <li>The plan's numbers the list leaves out are removed.</li>
 * </ul>
 */
final class ItemNumbering {

    /** The highest number a caller may give an activity, sub-target or risk. */
    static final int MAX = 9999;

    /** The number of each item in list order, and the plan's numbers the list removes (ascending). */
    record Result(List<Integer> numbers, Set<Integer> removed) {
    }

    private ItemNumbering() {
    }

    static Result assign(String field, List<Integer> requested, Collection<Integer> existing) {
        Set<Integer> given = new HashSet<>();
        int highest = 0;
        for (int i = 0; i < requested.size(); i++) {
            Integer number = requested.get(i);
            if (number == null) {
                continue;
            }
            if (!given.add(number)) {
                throw ProblemException.invalid(field + "[" + i + "].number", "number " + number + " is given twice");
            }
            highest = Math.max(highest, number);
        }
        for (int number : existing) {
            highest = Math.max(highest, number);
        }
        List<Integer> numbers = new ArrayList<>(requested.size());
        for (Integer number : requested) {
            numbers.add(number == null ? ++highest : number);
        }
        Set<Integer> removed = new TreeSet<>(existing);
        removed.removeAll(given);
        return new Result(List.copyOf(numbers), removed);
    }
}
