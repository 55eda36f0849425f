package uk.ppo.offender.cohort;

import uk.ppo.offender.person.Strand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cohort size rules, reported as warnings (a panel may run outside them for a while):
 * P&D at least 12 and at most 20; C&C and R&R together at least 20 per scheme. Pure.
 */
public final class CohortRules {

    public static final int PREVENT_DETER_MIN = 12;
    public static final int PREVENT_DETER_MAX = 20;
    public static final int ADULT_MIN = 20;

    private CohortRules() {
    }

    public static List<String> warnings(Map<Strand, Integer> counts) {
        List<String> warnings = new ArrayList<>();
        int pd = counts.getOrDefault(Strand.PREVENT_DETER, 0);
        int adults = counts.getOrDefault(Strand.CATCH_CONVICT, 0) + counts.getOrDefault(Strand.REHABILITATE_RESETTLE, 0);
        if (pd < PREVENT_DETER_MIN) {
            warnings.add("PREVENT_DETER has " + pd + " members; the rule is at least " + PREVENT_DETER_MIN);
        }
        if (pd > PREVENT_DETER_MAX) {
            warnings.add("PREVENT_DETER has " + pd + " members; the rule is at most " + PREVENT_DETER_MAX
                    + " (prioritise the highest ASSET scores)");
        }
        if (adults < ADULT_MIN) {
            warnings.add("CATCH_CONVICT and REHABILITATE_RESETTLE have " + adults + " members together; the rule is at least " + ADULT_MIN);
        }
        return warnings;
    }
}
