package uk.ppo.scoring.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProvisionalRulesTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    static ProvisionalRules.Reading read(LocalDate dateOfBirth, boolean member, LocalDate assetAssessedOn, int matrixLines,
                                         boolean intelligence) {
        return ProvisionalRules.read(new ProvisionalRules.Facts(AS_OF, dateOfBirth, member, member ? "CATCH_CONVICT" : null, null,
                assetAssessedOn, matrixLines, intelligence));
    }

    @ParameterizedTest(name = "{0}: born {1}, member {2}, ASSET {3}, {4} matrix lines, intelligence {5} -> [{6}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            an adult needs no ASSET assessment                       | 1996-11-01 | true  | -          | 3 | false |
            a member with only the impact line is scored as is       | 1996-11-01 | true  | -          | 1 | false |
            a nominee with nothing in the window                     | 1996-11-01 | false | -          | 1 | false | NO_OFFENDING_RECORDED
            a nominee with intelligence only                         | 1996-11-01 | false | -          | 1 | true  |
            a nominee with an offence in the window                  | 1996-11-01 | false | -          | 2 | false |
            no date of birth                                         | -          | true  | -          | 3 | false | NO_DATE_OF_BIRTH
            no date of birth, a nominee with nothing in the window   | -          | false | -          | 1 | false | NO_DATE_OF_BIRTH,NO_OFFENDING_RECORDED
            a young person (15) without ASSET                        | 2011-06-01 | true  | -          | 3 | false | NO_ASSET_ASSESSMENT
            10 today: the youngest young person, without ASSET       | 2016-11-01 | true  | -          | 3 | false | NO_ASSET_ASSESSMENT
            9, 10 tomorrow: below the age of responsibility          | 2016-11-02 | true  | -          | 3 | false |
            17, 18 tomorrow: still a young person, without ASSET     | 2008-11-02 | true  | -          | 3 | false | NO_ASSET_ASSESSMENT
            18 today: an adult                                       | 2008-11-01 | true  | -          | 3 | false |
            a young person assessed today                            | 2011-06-01 | true  | 2026-11-01 | 3 | false |
            a young person assessed six months ago to the day        | 2011-06-01 | true  | 2026-05-01 | 3 | false |
            a young person assessed six months and a day ago         | 2011-06-01 | true  | 2026-04-30 | 3 | false | ASSET_OLDER_THAN_6_MONTHS
            a young nominee without ASSET and nothing in the window  | 2011-06-01 | false | -          | 1 | false | NO_ASSET_ASSESSMENT,NO_OFFENDING_RECORDED
            a young nominee with an old ASSET and nothing recorded   | 2011-06-01 | false | 2025-11-01 | 1 | false | ASSET_OLDER_THAN_6_MONTHS,NO_OFFENDING_RECORDED
            """)
    void aScoreIsProvisionalWhenItsDataIsIncomplete(String row, LocalDate dateOfBirth, boolean member, LocalDate assetAssessedOn,
                                                    int matrixLines, boolean intelligence, String reasons) {
        String expected = reasons == null ? "" : reasons;
        ProvisionalRules.Reading reading = read(dateOfBirth, member, assetAssessedOn, matrixLines, intelligence);
        assertEquals(expected, reading.reasons(), row);
        assertEquals(!expected.isEmpty(), reading.provisional(), row);
    }

    @ParameterizedTest(name = "born {0} -> {1} on " + "2026-11-01")
    @CsvSource(nullValues = "-", textBlock = """
            2016-11-01, 10
            2016-11-02, 9
            2008-11-02, 17
            2008-11-01, 18
            -,          -1
            """)
    void ageIsInWholeYearsOnTheRunsDateAndMinusOneWhenUnknown(LocalDate dateOfBirth, int age) {
        assertEquals(age, read(dateOfBirth, true, null, 3, false).age());
    }

    @ParameterizedTest(name = "member {0}, strand {1}, pending [{2}] -> strand {3}, pending [{4}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            true  | CATCH_CONVICT         | -                            | CATCH_CONVICT         |
            true  | REHABILITATE_RESETTLE | PREVENT_DETER                | REHABILITATE_RESETTLE | PREVENT_DETER
            true  | -                     | -                            | -                     |
            false | CATCH_CONVICT         | CATCH_CONVICT                | -                     | CATCH_CONVICT
            false | -                     | PREVENT_DETER;CATCH_CONVICT  | -                     | PREVENT_DETER;CATCH_CONVICT
            false | -                     | ''                           | -                     |
            """)
    void aStrandCountsOnlyWhileAMemberAndPendingStrandsAreThoseAwaitingAPanel(boolean member, String strand, String pending,
                                                                              ProposalRules.Strand expectedStrand, String expectedPending) {
        List<String> pendingStrands = pending == null ? null : pending.isEmpty() ? List.of() : List.of(pending.split(";"));
        ProvisionalRules.Reading reading = ProvisionalRules.read(new ProvisionalRules.Facts(AS_OF, LocalDate.of(1990, 1, 1), member,
                strand, pendingStrands, null, 3, false));
        assertEquals(expectedStrand, reading.strand());
        assertEquals(strands(expectedPending == null ? "" : expectedPending), reading.pendingStrands());
    }

    static Set<ProposalRules.Strand> strands(String names) {
        return names.isEmpty() ? EnumSet.noneOf(ProposalRules.Strand.class)
                : Arrays.stream(names.split(";")).map(ProposalRules.Strand::valueOf).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(ProposalRules.Strand.class)));
    }
}
