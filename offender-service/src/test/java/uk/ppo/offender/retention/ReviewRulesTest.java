package uk.ppo.offender.retention;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.offender.retention.RetentionRecords.RecordKind;
import uk.ppo.offender.retention.RetentionRecords.Rule;
import uk.ppo.offender.retention.RetentionRecords.RunsFrom;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewRulesTest {

    /** MoPI's six years: the person from leaving the scheme, offences from the last one, audit never here. */
    static final List<Rule> MOPI = List.of(
            new Rule(RecordKind.PERSON, 72, RunsFrom.DESELECTION_OR_REMOVAL),
            new Rule(RecordKind.OFFENCES, 72, RunsFrom.LAST_OFFENCE),
            new Rule(RecordKind.EVENTS, 72, RunsFrom.LAST_ACTIVITY),
            new Rule(RecordKind.AUDIT, 1, RunsFrom.RECORDED));

    static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // case, recorded, left, last offence, last activity, retained until, as of, due kinds (earliest first)
            "current PPO with an old offence: only the offence rule, 2010-01-01, -,          2015-06-01, 2026-01-01, -,          2026-12-07, OFFENCES",
            "left in 2019 with older offences: offences first,        2010-01-01, 2019-02-01, 2018-05-05, 2019-02-01, -,          2026-12-07, OFFENCES EVENTS PERSON",
            "the day before six years: nothing,                      2010-01-01, 2020-12-08, 2020-12-08, 2020-12-08, -,          2026-12-07, ",
            "on the day six years end: due,                           2010-01-01, 2020-12-07, 2021-01-01, 2021-01-01, -,          2026-12-07, PERSON",
            "retained until next year: not due whatever the rules,   2010-01-01, 2012-01-01, 2011-01-01, 2012-01-01, 2027-06-01, 2026-12-07, ",
            "retained until today: due again for that decision,      2010-01-01, 2012-01-01, 2011-01-01, 2012-01-01, 2026-12-07, 2026-12-07, RETAIN",
            "the audit rule never makes a person due,                2025-12-01, -,          -,          2025-12-01, -,          2026-12-07, "})
    void aPersonIsDueForTheRulesWhoseReviewDateHasComeEarliestFirst(String name, String recorded, String left, String lastOffence,
                                                                     String lastActivity, String retained, String asOf, String kinds) {
        var dates = new ReviewRules.PersonDates(date(recorded), date(left), date(lastOffence), date(lastActivity), date(retained));
        List<String> due = ReviewRules.due(MOPI, dates, date(asOf)).stream()
                .map(r -> r.kind() == null ? "RETAIN" : r.kind().name()).toList();
        assertEquals(kinds == null ? List.of() : List.of(kinds.trim().split(" ")), due, name);
    }
}
