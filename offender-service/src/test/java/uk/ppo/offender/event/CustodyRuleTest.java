package uk.ppo.offender.event;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.offender.person.Custody;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CustodyRuleTest {

    /** Thurrock strategy 6.1 (P&D) and 6.2 (C&C, R&R): over 2 years the amber list; over 10 years removal, except P&D. */
    @ParameterizedTest(name = "{0}, {1} months -> {2}")
    @CsvSource(nullValues = "-", value = {
            "PREVENT_DETER, 6, -",
            "PREVENT_DETER, 24, -",
            "PREVENT_DETER, 25, AMBER_LIST",
            "PREVENT_DETER, 120, AMBER_LIST",
            "PREVENT_DETER, 121, AMBER_LIST",
            "PREVENT_DETER, 144, AMBER_LIST",
            "CATCH_CONVICT, 24, -",
            "CATCH_CONVICT, 25, AMBER_LIST",
            "CATCH_CONVICT, 120, AMBER_LIST",
            "CATCH_CONVICT, 121, REMOVE_IN_FULL",
            "REHABILITATE_RESETTLE, 24, -",
            "REHABILITATE_RESETTLE, 30, AMBER_LIST",
            "REHABILITATE_RESETTLE, 121, REMOVE_IN_FULL",
            "-, 30, -",
            "-, 144, -"})
    void aSentenceProposesByStrand(Strand strand, int months, CustodyRule.Proposal expected) {
        assertEquals(expected, CustodyRule.proposalFor(strand, months).orElse(null));
    }

    @ParameterizedTest(name = "release of someone {0} -> {1}")
    @CsvSource(nullValues = "-", value = {"AMBER, LEAVE_AMBER_LIST", "ACTIVE, -", "CANDIDATE, -", "DESELECTED, -", "REMOVED, -"})
    void theReleaseOfAnAmberPpoProposesLeavingTheAmberList(PersonStatus status, CustodyRule.Proposal expected) {
        assertEquals(expected, CustodyRule.onRelease(status).orElse(null));
    }

    /**
     * Custody events in time order (type@date[:months][:expected release][:prison], ';'-separated) -> in custody, months,
     * sentenced, expected release, prison, released.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "-                                                                                          | false | -  | -          | -          | -               | -",
            "CUSTODY_SENTENCE@2026-01-10:36:2027-07-10:HMP Lewes                                        | true  | 36 | 2026-01-10 | 2027-07-10 | HMP Lewes       | -",
            "CUSTODY_SENTENCE@2026-01-10:36:2027-07-10:HMP Lewes;TRANSFER@2026-03-01:-:-:HMP Highpoint   | true  | 36 | 2026-01-10 | 2027-07-10 | HMP Highpoint   | -",
            "CUSTODY_SENTENCE@2026-01-10:36:2027-07-10:-;TRANSFER@2026-03-01:-:2027-05-01:HMP Highpoint  | true  | 36 | 2026-01-10 | 2027-05-01 | HMP Highpoint   | -",
            "CUSTODY_SENTENCE@2026-01-10:36:2027-07-10:HMP Lewes;RELEASE@2027-07-10                      | false | 36 | 2026-01-10 | -          | -               | 2027-07-10",
            "CUSTODY_SENTENCE@2026-01-10:36:2027-07-10:HMP Lewes;RELEASE@2027-07-10;RECALL@2027-09-01:-:2027-12-01:HMP Lewes | true | 36 | 2026-01-10 | 2027-12-01 | HMP Lewes | -",
            "RELEASE@2027-07-10;TRANSFER@2027-08-01:-:-:HMP Lewes                                        | false | -  | -          | -          | -               | 2027-07-10",
            "ARREST@2026-01-01;CUSTODY_SENTENCE@2026-01-10:6:2026-04-10:-                                | true  | 6  | 2026-01-10 | 2026-04-10 | -               | -"})
    void custodyEventsInTimeOrderSayWhereThePersonIs(String events, boolean inCustody, Integer months, LocalDate sentenced,
                                                     LocalDate release, String prison, LocalDate released) {
        List<CustodyTimeline.Step> steps = new ArrayList<>();
        if (events != null) {
            for (String e : events.split(";")) {
                String[] at = e.strip().split("@");
                String[] f = at[1].split(":", -1);
                steps.add(new CustodyTimeline.Step(EventType.valueOf(at[0]), LocalDate.parse(f[0]),
                        f.length > 1 && !f[1].equals("-") ? Integer.valueOf(f[1]) : null,
                        f.length > 2 && !f[2].equals("-") ? LocalDate.parse(f[2]) : null,
                        f.length > 3 && !f[3].equals("-") ? f[3] : null));
            }
        }
        assertEquals(new Custody(inCustody, months, sentenced, release, prison, released), CustodyTimeline.fold(steps));
    }
}
