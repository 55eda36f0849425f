package uk.ppo.offender.decision;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.offender.person.Gender;
import uk.ppo.offender.person.IomCategory;
import uk.ppo.offender.person.ListingBasis;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IomRulesTest {

    /**
     * status, strand, age, gender, latest custody months, managed cohort, mappa | decision, strand, category, reason
     * || outcome (status/managed cohort/mappa, INVALID:field or ILLEGAL)
     */
    @ParameterizedTest(name = "{0} {1} aged {2} {3} custody {4} in {5} mappa {6}: {7} {8} {9} {10} -> {11}")
    @CsvSource(nullValues = "-", value = {
            // short sentence: adults with custody under 12 months, not PPOs, one managed cohort at a time
            "CANDIDATE, -, 30, MALE, 6, -, false, IOM_ENTER, -, SHORT_SENTENCE, -, CANDIDATE/SHORT_SENTENCE/false",
            "CANDIDATE, -, 30, MALE, 11, -, false, IOM_ENTER, -, SHORT_SENTENCE, -, CANDIDATE/SHORT_SENTENCE/false",
            "CANDIDATE, -, 30, MALE, 12, -, false, IOM_ENTER, -, SHORT_SENTENCE, -, ILLEGAL",
            "CANDIDATE, -, 30, MALE, -, -, false, IOM_ENTER, -, SHORT_SENTENCE, -, ILLEGAL",
            "CANDIDATE, -, 17, MALE, 4, -, false, IOM_ENTER, -, SHORT_SENTENCE, -, ILLEGAL",
            "DESELECTED, -, 30, MALE, 3, -, false, IOM_ENTER, -, SHORT_SENTENCE, -, DESELECTED/SHORT_SENTENCE/false",
            "ACTIVE, CATCH_CONVICT, 30, MALE, 6, -, false, IOM_ENTER, -, SHORT_SENTENCE, -, ILLEGAL",
            "AMBER, CATCH_CONVICT, 30, MALE, 6, -, false, IOM_ENTER, -, DIP, -, ILLEGAL",
            "CANDIDATE, -, 30, MALE, 6, DIP, false, IOM_ENTER, -, SHORT_SENTENCE, -, ILLEGAL",
            "CANDIDATE, -, 30, MALE, 6, SHORT_SENTENCE, false, IOM_ENTER, -, SHORT_SENTENCE, -, ILLEGAL",
            "CANDIDATE, -, 30, MALE, 6, -, false, IOM_ENTER, -, SHORT_SENTENCE, MOVED_OUT_OF_AREA, INVALID:reasonCode",
            // women under 12 months
            "CANDIDATE, -, 25, FEMALE, 9, -, false, IOM_ENTER, -, WOMEN_SHORT_SENTENCE, -, CANDIDATE/WOMEN_SHORT_SENTENCE/false",
            "CANDIDATE, -, 25, MALE, 9, -, false, IOM_ENTER, -, WOMEN_SHORT_SENTENCE, -, ILLEGAL",
            "CANDIDATE, -, 25, FEMALE, 18, -, false, IOM_ENTER, -, WOMEN_SHORT_SENTENCE, -, ILLEGAL",
            // DIP: adults, no sentence needed
            "CANDIDATE, -, 40, MALE, -, -, false, IOM_ENTER, -, DIP, -, CANDIDATE/DIP/false",
            "CANDIDATE, -, 16, MALE, -, -, false, IOM_ENTER, -, DIP, -, ILLEGAL",
            // MAPPA: a flag beside any cohort, any age
            "ACTIVE, CATCH_CONVICT, 30, MALE, -, -, false, IOM_ENTER, -, MAPPA, -, ACTIVE/-/true",
            "CANDIDATE, -, 30, MALE, 6, SHORT_SENTENCE, false, IOM_ENTER, -, MAPPA, -, CANDIDATE/SHORT_SENTENCE/true",
            "ACTIVE, PREVENT_DETER, 16, MALE, -, -, false, IOM_ENTER, -, MAPPA, -, ACTIVE/-/true",
            "ACTIVE, CATCH_CONVICT, 30, MALE, -, -, true, IOM_ENTER, -, MAPPA, -, ILLEGAL",
            "ACTIVE, CATCH_CONVICT, 30, MALE, -, -, true, IOM_EXIT, -, MAPPA, NO_LONGER_MEETS_COHORT_CRITERIA, ACTIVE/-/false",
            "ACTIVE, CATCH_CONVICT, 30, MALE, -, -, false, IOM_EXIT, -, MAPPA, NO_LONGER_MEETS_COHORT_CRITERIA, ILLEGAL",
            // exits name the cohort held and one of the IOM exit reasons
            "CANDIDATE, -, 30, MALE, 6, SHORT_SENTENCE, false, IOM_EXIT, -, SHORT_SENTENCE, STOPPED_OR_REDUCED_OFFENDING, CANDIDATE/-/false",
            "CANDIDATE, -, 30, MALE, 6, SHORT_SENTENCE, true, IOM_EXIT, -, SHORT_SENTENCE, MOVED_OUT_OF_AREA, CANDIDATE/-/true",
            "CANDIDATE, -, 30, MALE, 6, SHORT_SENTENCE, false, IOM_EXIT, -, DIP, MOVED_OUT_OF_AREA, ILLEGAL",
            "CANDIDATE, -, 30, MALE, -, -, false, IOM_EXIT, -, DIP, MOVED_OUT_OF_AREA, ILLEGAL",
            "CANDIDATE, -, 30, MALE, 6, SHORT_SENTENCE, false, IOM_EXIT, -, SHORT_SENTENCE, -, INVALID:reasonCode",
            "CANDIDATE, -, 30, MALE, 6, SHORT_SENTENCE, false, IOM_EXIT, -, SHORT_SENTENCE, ASSET_BELOW_THRESHOLD, INVALID:reasonCode",
            "CANDIDATE, -, 30, MALE, 6, SHORT_SENTENCE, false, IOM_EXIT, -, SHORT_SENTENCE, WORKING, INVALID:reasonCode",
            // the category is required and PPO is the panel's own decisions
            "CANDIDATE, -, 30, MALE, 6, -, false, IOM_ENTER, -, -, -, INVALID:iomCategory",
            "CANDIDATE, -, 30, MALE, 6, -, false, IOM_ENTER, -, PPO, -, INVALID:iomCategory",
            "ACTIVE, CATCH_CONVICT, 30, MALE, -, -, false, IOM_EXIT, -, PPO, STOPPED_OR_REDUCED_OFFENDING, INVALID:iomCategory",
            "CANDIDATE, -, 30, MALE, 6, -, false, SELECT, CATCH_CONVICT, SHORT_SENTENCE, -, INVALID:iomCategory",
            // selection as a PPO ends another managed cohort and keeps MAPPA; deselection keeps MAPPA
            "CANDIDATE, -, 30, MALE, 6, SHORT_SENTENCE, true, SELECT, CATCH_CONVICT, -, -, ACTIVE/-/true",
            "ACTIVE, CATCH_CONVICT, 30, MALE, -, -, true, DESELECT, -, -, STOPPED_OR_REDUCED_OFFENDING, DESELECTED/-/true",
            // the PPO reasons do not leave an IOM cohort, and the IOM reason does not deselect a PPO
            "ACTIVE, CATCH_CONVICT, 30, MALE, -, -, false, DESELECT, -, -, NO_LONGER_MEETS_COHORT_CRITERIA, ILLEGAL"})
    void decidesEveryIomTransition(PersonStatus status, Strand strand, int age, Gender gender, Integer custodyMonths,
                                   IomCategory managed, boolean mappa, DecisionType type, Strand asked,
                                   IomCategory category, ReasonCode reason, String expected) {
        var current = new PanelRules.Current(status, strand, null, age, new IomRules.Membership(managed, mappa, gender, custodyMonths));
        // a selection says why the person is listed; nothing else here does
        var request = new PanelRules.Request(type, asked, reason, type == DecisionType.SELECT ? ListingBasis.PROLIFIC : null, category);
        String actual;
        try {
            var outcome = PanelRules.decide(current, request);
            actual = outcome.status() + "/" + (outcome.iomCategory() == null ? "-" : outcome.iomCategory()) + "/" + outcome.mappa();
        } catch (PanelRules.Invalid e) {
            actual = "INVALID:" + e.field();
        } catch (PanelRules.Illegal e) {
            actual = "ILLEGAL";
        }
        assertEquals(expected, actual);
    }
}
