package uk.ppo.actionplan.conference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgendaRulesTest {

    static final LocalDate ON = LocalDate.of(2010, 10, 14);

    /**
     * amber, selected, next review, expected release (in custody), active plan, last discussed, late events, last conference
     * -> reasons ('-' none), for the conference on 14 October 2010.
     */
    @ParameterizedTest(name = "{8}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            // discussed last month, plan in place, nothing due: on the agenda with no reason
            "false | 2010-03-01 | 2011-03-01 | -          | true  | 2010-09-09 | 0 | 2010-09-09 | -",
            "false | 2010-09-10 | 2011-03-10 | -          | true  | -          | 0 | 2010-09-09 | NEW_SINCE_LAST_CONFERENCE,NOT_DISCUSSED_IN_8_WEEKS",
            "false | 2010-09-09 | 2011-03-09 | -          | true  | 2010-09-09 | 0 | 2010-09-09 | -",
            // the scheme's first conference: everyone is new
            "false | 2010-03-01 | 2011-03-01 | -          | true  | -          | 0 | -          | NEW_SINCE_LAST_CONFERENCE,NOT_DISCUSSED_IN_8_WEEKS",
            "true  | 2009-01-05 | 2011-02-01 | 2011-03-01 | true  | 2010-09-09 | 0 | 2010-09-09 | AMBER",
            // release within 8 weeks (56 days: up to 9 December), or past with no release recorded
            "true  | 2009-01-05 | 2010-11-11 | 2010-12-09 | true  | 2010-09-09 | 0 | 2010-09-09 | AMBER,RELEASE_DUE",
            "false | 2009-01-05 | 2011-01-05 | 2010-12-10 | true  | 2010-09-09 | 0 | 2010-09-09 | -",
            "false | 2009-01-05 | 2011-01-05 | 2010-10-01 | true  | 2010-09-09 | 0 | 2010-09-09 | RELEASE_DUE",
            // review overdue: the due date before the conference day (due that day is not overdue)
            "false | 2010-03-01 | 2010-10-13 | -          | true  | 2010-09-09 | 0 | 2010-09-09 | REVIEW_OVERDUE",
            "false | 2010-03-01 | 2010-10-14 | -          | true  | 2010-09-09 | 0 | 2010-09-09 | -",
            "false | 2010-03-01 | 2011-03-01 | -          | false | 2010-09-09 | 0 | 2010-09-09 | NO_ACTIVE_PLAN",
            // discussed 56 days before (19 August) is within 8 weeks; 57 days before is not
            "false | 2010-03-01 | 2011-03-01 | -          | true  | 2010-08-19 | 0 | 2010-09-09 | -",
            "false | 2010-03-01 | 2011-03-01 | -          | true  | 2010-08-18 | 0 | 2010-09-09 | NOT_DISCUSSED_IN_8_WEEKS",
            "false | 2010-03-01 | 2011-03-01 | -          | true  | 2010-09-09 | 1 | 2010-09-09 | SERVICE_STANDARD_MISSED",
            "true  | 2010-09-20 | 2010-10-01 | 2010-11-20 | false | -          | 2 | 2010-09-09 | NEW_SINCE_LAST_CONFERENCE,AMBER,RELEASE_DUE,REVIEW_OVERDUE,NO_ACTIVE_PLAN,NOT_DISCUSSED_IN_8_WEEKS,SERVICE_STANDARD_MISSED"})
    void givesEveryReasonToDiscussAMember(boolean amber, LocalDate selected, LocalDate review, LocalDate release, boolean plan,
                                         LocalDate discussed, int late, LocalDate lastConference, String expected) {
        List<AgendaReason> reasons = expected == null ? List.of()
                : Arrays.stream(expected.split(",")).map(AgendaReason::valueOf).toList();
        assertEquals(reasons, AgendaRules.reasons(new AgendaRules.Member(amber, selected, review, release, plan, discussed, late),
                ON, lastConference));
    }
}
