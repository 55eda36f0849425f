package uk.ppo.scoring.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProposalRulesTest {

    static ProposalRules.Candidate youth(int asset, boolean rosh, ProposalRules.Strand current) {
        return new ProposalRules.Candidate(UUID.randomUUID(), "2019/0000001K", 15, current, Set.of(), 10, asset,
                asset > 21 || rosh, false);
    }

    static ProposalRules.Candidate adult(int matrix, ProposalRules.Strand current) {
        return new ProposalRules.Candidate(UUID.randomUUID(), "2019/0000002K", 30, current, Set.of(), matrix, null, false, false);
    }

    static List<ProposalRules.Entry> of(ProposalRules.Proposal p, ProposalRules.Strand strand) {
        return p.entries().stream().filter(e -> e.strand() == strand).toList();
    }

    @ParameterizedTest(name = "{0} eligible young people: {1} proposed, warning {2}")
    @CsvSource({"0, 0, true", "11, 11, true", "12, 12, false", "20, 20, false", "21, 20, false", "30, 20, false"})
    void preventAndDeterTakesAtMostTwentyAndWarnsBelowTwelve(int eligible, int proposed, boolean warning) {
        List<ProposalRules.Candidate> people = new ArrayList<>();
        for (int i = 0; i < eligible; i++) {
            people.add(youth(22 + i, false, null));
        }
        people.add(youth(21, false, null));   // 21 is not over 21: never eligible
        ProposalRules.Proposal p = ProposalRules.propose(people, 20);
        List<ProposalRules.Entry> pnd = of(p, ProposalRules.Strand.PREVENT_DETER);
        assertEquals(proposed, pnd.stream().filter(e -> e.action() == ProposalRules.Action.JOIN).count());
        assertEquals(warning, p.warnings().stream().anyMatch(w -> w.contains("below the minimum of 12")), p.warnings().toString());
        if (eligible > 0) {
            assertEquals(22 + eligible - 1, pnd.get(0).rankingScore(), "highest ASSET first");
        }
        assertEquals(ProposalRules.Action.NOT_SELECTED, pnd.get(pnd.size() - 1).action());
    }

    @Test
    void aRoshFindingMakesAYoungPersonEligibleWhateverTheScore() {
        ProposalRules.Proposal p = ProposalRules.propose(List.of(youth(5, true, null)), 20);
        assertEquals(ProposalRules.Action.JOIN, of(p, ProposalRules.Strand.PREVENT_DETER).get(0).action());
    }

    @Test
    void tiesAtTheCutOffAreFlaggedOnBothSides() {
        List<ProposalRules.Candidate> people = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            people.add(adult(100 - i, null));
        }
        people.add(adult(50, null));
        people.add(adult(50, null));
        people.add(adult(40, null));
        ProposalRules.Proposal p = ProposalRules.propose(people, 20);
        List<ProposalRules.Entry> cc = of(p, ProposalRules.Strand.CATCH_CONVICT);
        assertEquals(2, cc.stream().filter(ProposalRules.Entry::tieAtCutOff).count());
        assertEquals(List.of(ProposalRules.Action.JOIN, ProposalRules.Action.NOT_SELECTED),
                cc.stream().filter(ProposalRules.Entry::tieAtCutOff).map(ProposalRules.Entry::action).toList());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("tie at the cut-off on matrix score 50")));
    }

    @Test
    void membersOutsideTheProposalLeaveAndRehabilitateAndResettleCountsTowardsTwenty() {
        List<ProposalRules.Candidate> people = new ArrayList<>();
        ProposalRules.Candidate weak = adult(2, ProposalRules.Strand.CATCH_CONVICT);
        people.add(weak);
        for (int i = 0; i < 20; i++) {
            people.add(adult(30 + i, null));
        }
        for (int i = 0; i < 3; i++) {
            people.add(adult(99, ProposalRules.Strand.REHABILITATE_RESETTLE));
        }
        ProposalRules.Proposal p = ProposalRules.propose(people, 20);
        List<ProposalRules.Entry> cc = of(p, ProposalRules.Strand.CATCH_CONVICT);
        assertEquals(21, cc.size(), "R&R members are not re-ranked for C&C");
        ProposalRules.Entry leaving = cc.stream().filter(e -> e.personId().equals(weak.personId())).findFirst().orElseThrow();
        assertEquals(ProposalRules.Action.LEAVE, leaving.action());
        assertTrue(p.warnings().stream().noneMatch(w -> w.contains("below the minimum of 20")), p.warnings().toString());
    }

    /** C&C plus R&R at least 20 (source 003): with 6 on R&R, 14 C&C places are enough; with 3, they are not. */
    @ParameterizedTest(name = "{0} on R&R, {1} C&C places asked: warning {2}")
    @CsvSource({"6, 14, false", "3, 14, true", "0, 20, false", "0, 19, true", "20, 1, false"})
    void catchAndConvictPlacesCountWithRehabilitateAndResettleTowardsTwenty(int onRr, int ccSize, boolean warning) {
        List<ProposalRules.Candidate> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(adult(30 + i, null));
        }
        for (int i = 0; i < onRr; i++) {
            people.add(adult(99, ProposalRules.Strand.REHABILITATE_RESETTLE));
        }
        ProposalRules.Proposal p = ProposalRules.propose(people, ccSize);
        assertEquals(ccSize, of(p, ProposalRules.Strand.CATCH_CONVICT).stream()
                .filter(e -> e.action() == ProposalRules.Action.JOIN).count());
        assertEquals(warning, p.warnings().stream().anyMatch(w -> w.contains("below the minimum of 20")), p.warnings().toString());
        if (warning) {
            assertTrue(p.warnings().stream().anyMatch(w -> w.contains("the scheme needs " + (20 - onRr))), p.warnings().toString());
        }
    }

    @Test
    void noCatchAndConvictPlacesAtAllAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProposalRules.propose(List.of(), 0));
    }
}
