package uk.ppo.offender.decision;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.offender.person.ListingBasis;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PanelRulesTest {

    /** status, strand, age | decision, strand, reason || outcome (status/strand/starts, INVALID:field or ILLEGAL) */
    @ParameterizedTest(name = "{0} {1} aged {2}: {3} {4} {5} -> {6}")
    @CsvSource(nullValues = "-", value = {
            "CANDIDATE, -, 30, SELECT, CATCH_CONVICT, -, ACTIVE/CATCH_CONVICT/true",
            "CANDIDATE, -, 15, SELECT, PREVENT_DETER, -, ACTIVE/PREVENT_DETER/true",
            "CANDIDATE, -, 10, SELECT, PREVENT_DETER, -, ACTIVE/PREVENT_DETER/true",
            "CANDIDATE, -, 17, SELECT, PREVENT_DETER, -, ACTIVE/PREVENT_DETER/true",
            "CANDIDATE, -, 18, SELECT, PREVENT_DETER, -, ILLEGAL",
            "CANDIDATE, -, 9, SELECT, PREVENT_DETER, -, ILLEGAL",
            "CANDIDATE, -, 15, SELECT, CATCH_CONVICT, -, ILLEGAL",
            "CANDIDATE, -, 17, SELECT, REHABILITATE_RESETTLE, -, ILLEGAL",
            "CANDIDATE, -, 18, SELECT, REHABILITATE_RESETTLE, -, ACTIVE/REHABILITATE_RESETTLE/true",
            "DESELECTED, -, 30, SELECT, CATCH_CONVICT, -, ACTIVE/CATCH_CONVICT/true",
            "REMOVED, -, 30, SELECT, CATCH_CONVICT, -, ACTIVE/CATCH_CONVICT/true",
            "ACTIVE, CATCH_CONVICT, 30, SELECT, CATCH_CONVICT, -, ILLEGAL",
            "CANDIDATE, -, 30, SELECT, -, -, INVALID:strand",
            "CANDIDATE, -, 30, SELECT, CATCH_CONVICT, MOVED_OUT_OF_AREA, INVALID:reasonCode",
            "ACTIVE, CATCH_CONVICT, 30, MOVE, REHABILITATE_RESETTLE, WORKING, ACTIVE/REHABILITATE_RESETTLE/false",
            "AMBER, CATCH_CONVICT, 30, MOVE, REHABILITATE_RESETTLE, IN_PRISON_RELEASE_ON_LICENCE_TO_SUITABLE_ACCOMMODATION, ACTIVE/REHABILITATE_RESETTLE/false",
            "ACTIVE, CATCH_CONVICT, 30, MOVE, REHABILITATE_RESETTLE, ENGAGING_WITH_INTERVENTIONS, ACTIVE/REHABILITATE_RESETTLE/false",
            "ACTIVE, CATCH_CONVICT, 30, MOVE, REHABILITATE_RESETTLE, ON_LICENCE_OR_COMMUNITY_ORDER_NOT_IN_BREACH, ACTIVE/REHABILITATE_RESETTLE/false",
            "ACTIVE, CATCH_CONVICT, 30, MOVE, REHABILITATE_RESETTLE, ON_BRIDGE_PROGRAMME, ACTIVE/REHABILITATE_RESETTLE/false",
            "ACTIVE, CATCH_CONVICT, 30, MOVE, REHABILITATE_RESETTLE, -, INVALID:reasonCode",
            "ACTIVE, CATCH_CONVICT, 30, MOVE, REHABILITATE_RESETTLE, MOVED_OUT_OF_AREA, INVALID:reasonCode",
            "ACTIVE, CATCH_CONVICT, 30, MOVE, CATCH_CONVICT, WORKING, INVALID:reasonCode",
            "ACTIVE, CATCH_CONVICT, 30, DESELECT, -, WORKING, INVALID:reasonCode",
            "ACTIVE, PREVENT_DETER, 18, MOVE, REHABILITATE_RESETTLE, WORKING, ILLEGAL",
            "DESELECTED, -, 30, MOVE, REHABILITATE_RESETTLE, WORKING, ILLEGAL",
            "ACTIVE, CATCH_CONVICT, 30, MOVE, CATCH_CONVICT, -, ILLEGAL",
            "ACTIVE, PREVENT_DETER, 17, MOVE, CATCH_CONVICT, -, ILLEGAL",
            "ACTIVE, PREVENT_DETER, 18, MOVE, CATCH_CONVICT, -, ACTIVE/CATCH_CONVICT/false",
            "CANDIDATE, -, 30, MOVE, CATCH_CONVICT, -, ILLEGAL",
            "ACTIVE, CATCH_CONVICT, 30, AMBER, -, -, AMBER/CATCH_CONVICT/false",
            "ACTIVE, CATCH_CONVICT, 30, AMBER, -, CUSTODY_OVER_2_YEARS, AMBER/CATCH_CONVICT/false",
            "ACTIVE, CATCH_CONVICT, 30, AMBER, -, MOVED_OUT_OF_AREA, ILLEGAL",
            "AMBER, CATCH_CONVICT, 30, AMBER, -, -, ILLEGAL",
            "CANDIDATE, -, 30, AMBER, -, -, ILLEGAL",
            "ACTIVE, CATCH_CONVICT, 30, AMBER, CATCH_CONVICT, -, INVALID:strand",
            "ACTIVE, CATCH_CONVICT, 30, DESELECT, -, STOPPED_OR_REDUCED_OFFENDING, DESELECTED/-/false",
            "AMBER, REHABILITATE_RESETTLE, 30, DESELECT, -, MOVED_OUT_OF_AREA, DESELECTED/-/false",
            "ACTIVE, PREVENT_DETER, 15, DESELECT, -, ASSET_BELOW_THRESHOLD, DESELECTED/-/false",
            "ACTIVE, PREVENT_DETER, 16, DESELECT, -, ESCALATED_TO_CATCH_CONVICT, DESELECTED/-/false",
            "ACTIVE, CATCH_CONVICT, 30, DESELECT, -, ASSET_BELOW_THRESHOLD, ILLEGAL",
            "ACTIVE, REHABILITATE_RESETTLE, 30, DESELECT, -, ESCALATED_TO_CATCH_CONVICT, ILLEGAL",
            "ACTIVE, CATCH_CONVICT, 30, DESELECT, -, CUSTODY_OVER_2_YEARS, ILLEGAL",
            "ACTIVE, CATCH_CONVICT, 30, DESELECT, -, CUSTODY_OVER_10_YEARS, ILLEGAL",
            "CANDIDATE, -, 30, DESELECT, -, MOVED_OUT_OF_AREA, ILLEGAL",
            "DESELECTED, -, 30, DESELECT, -, MOVED_OUT_OF_AREA, ILLEGAL",
            "ACTIVE, CATCH_CONVICT, 30, DESELECT, -, -, INVALID:reasonCode",
            "ACTIVE, CATCH_CONVICT, 30, REMOVE, -, CUSTODY_OVER_10_YEARS, REMOVED/-/false",
            "AMBER, REHABILITATE_RESETTLE, 30, REMOVE, -, CUSTODY_OVER_10_YEARS, REMOVED/-/false",
            "ACTIVE, PREVENT_DETER, 16, REMOVE, -, CUSTODY_OVER_10_YEARS, ILLEGAL",
            "DESELECTED, -, 30, REMOVE, -, DIED_OR_SERIOUS_ILLNESS, REMOVED/-/false",
            "REMOVED, -, 30, REMOVE, -, DIED_OR_SERIOUS_ILLNESS, ILLEGAL",
            "CANDIDATE, -, 30, REMOVE, -, DIED_OR_SERIOUS_ILLNESS, ILLEGAL",
            "ACTIVE, CATCH_CONVICT, 30, REMOVE, -, -, INVALID:reasonCode",
            // a P&D member sentenced over 10 years goes amber (003 6.1 has no removal rule)
            "ACTIVE, PREVENT_DETER, 16, AMBER, -, CUSTODY_OVER_2_YEARS, AMBER/PREVENT_DETER/false",
            "AMBER, CATCH_CONVICT, 30, RETURN_FROM_AMBER, -, -, ACTIVE/CATCH_CONVICT/false",
            "AMBER, PREVENT_DETER, 17, RETURN_FROM_AMBER, -, -, ACTIVE/PREVENT_DETER/false",
            "AMBER, PREVENT_DETER, 18, RETURN_FROM_AMBER, -, -, ILLEGAL",
            "ACTIVE, CATCH_CONVICT, 30, RETURN_FROM_AMBER, -, -, ILLEGAL",
            "DESELECTED, -, 30, RETURN_FROM_AMBER, -, -, ILLEGAL",
            "AMBER, CATCH_CONVICT, 30, RETURN_FROM_AMBER, REHABILITATE_RESETTLE, -, INVALID:strand",
            "AMBER, CATCH_CONVICT, 30, RETURN_FROM_AMBER, -, WORKING, INVALID:reasonCode"})
    void decidesEveryTransition(PersonStatus status, Strand strand, int age, DecisionType type, Strand asked,
                                ReasonCode reason, String expected) {
        String actual;
        try {
            // every selection gives a basis here; the basis rules have their own table below
            ListingBasis basis = type == DecisionType.SELECT ? ListingBasis.PROLIFIC : null;
            var outcome = PanelRules.decide(new PanelRules.Current(status, strand, strand == null ? null : ListingBasis.PRIORITY, age),
                    new PanelRules.Request(type, asked, reason, basis));
            actual = outcome.status() + "/" + (outcome.strand() == null ? "-" : outcome.strand()) + "/" + outcome.startsMembership();
        } catch (PanelRules.Invalid e) {
            actual = "INVALID:" + e.field();
        } catch (PanelRules.Illegal e) {
            actual = "ILLEGAL";
        }
        assertEquals(expected, actual);
    }

    /** status, strand, basis now | decision, strand, reason, basis given || the person's basis after (NONE), or INVALID:field */
    @ParameterizedTest(name = "{0} {1} {2}: {3} {4} {5} {6} -> {7}")
    @CsvSource(nullValues = "-", value = {
            "CANDIDATE, -, -, SELECT, CATCH_CONVICT, -, PROLIFIC, PROLIFIC",
            "CANDIDATE, -, -, SELECT, CATCH_CONVICT, -, PRIORITY, PRIORITY",
            "DESELECTED, -, -, SELECT, REHABILITATE_RESETTLE, -, PRIORITY, PRIORITY",
            "CANDIDATE, -, -, SELECT, CATCH_CONVICT, -, -, INVALID:listedFor",
            "ACTIVE, CATCH_CONVICT, PRIORITY, MOVE, REHABILITATE_RESETTLE, WORKING, -, PRIORITY",
            "ACTIVE, CATCH_CONVICT, PRIORITY, MOVE, REHABILITATE_RESETTLE, WORKING, PROLIFIC, PROLIFIC",
            // selected before the basis was recorded: a move keeps "not recorded" unless the panel states it
            "ACTIVE, CATCH_CONVICT, -, MOVE, REHABILITATE_RESETTLE, WORKING, -, NONE",
            "ACTIVE, REHABILITATE_RESETTLE, -, MOVE, CATCH_CONVICT, -, PRIORITY, PRIORITY",
            "ACTIVE, CATCH_CONVICT, PROLIFIC, AMBER, -, -, -, PROLIFIC",
            "ACTIVE, CATCH_CONVICT, PROLIFIC, AMBER, -, -, PRIORITY, INVALID:listedFor",
            "ACTIVE, CATCH_CONVICT, PROLIFIC, DESELECT, -, MOVED_OUT_OF_AREA, -, NONE",
            "ACTIVE, CATCH_CONVICT, PROLIFIC, DESELECT, -, MOVED_OUT_OF_AREA, PROLIFIC, INVALID:listedFor",
            "AMBER, CATCH_CONVICT, PRIORITY, REMOVE, -, CUSTODY_OVER_10_YEARS, -, NONE",
            "AMBER, CATCH_CONVICT, PRIORITY, REMOVE, -, CUSTODY_OVER_10_YEARS, PRIORITY, INVALID:listedFor"})
    void theListingBasisIsGivenOnSelectionKeptOrRestatedOnAMoveAndEndsWithMembership(
            PersonStatus status, Strand strand, ListingBasis current, DecisionType type, Strand asked, ReasonCode reason,
            ListingBasis given, String expected) {
        String actual;
        try {
            var outcome = PanelRules.decide(new PanelRules.Current(status, strand, current, 30),
                    new PanelRules.Request(type, asked, reason, given));
            actual = outcome.listedFor() == null ? "NONE" : outcome.listedFor().name();
        } catch (PanelRules.Invalid e) {
            actual = "INVALID:" + e.field();
        }
        assertEquals(expected, actual);
    }
}
