package uk.ppo.offender.retention;

import uk.ppo.offender.retention.RetentionRecords.Reason;
import uk.ppo.offender.retention.RetentionRecords.RecordKind;
import uk.ppo.offender.retention.RetentionRecords.Rule;
import uk.ppo.offender.retention.RetentionRecords.RunsFrom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When a person's records are due for review under the retention policy. Pure, so a table of cases tests it.
 * <ul>
 *   <li>After a RETAIN decision the person is due again on the next review date it set, and not before,
 *   whatever the rules say: the decision was the review.</li>
 *   <li>Otherwise each rule for a kind of record about people falls due its review period after the date it
 *   runs from. The audit rule is for audit records, not people, and is not applied here.</li>
 *   <li>A current PPO has not left the scheme: rules that run from deselection or removal have not started.
 *   A person never selected runs from when they were recorded.</li>
 * </ul>
 */
final class ReviewRules {

    /** What offender-service knows of a person's dates. {@code leftOn} is null for a current PPO. */
    record PersonDates(LocalDate recordedOn, LocalDate leftOn, LocalDate lastOffence, LocalDate lastActivity,
                       LocalDate retainedUntil) {
    }

    private ReviewRules() {
    }

    /** Why the person is due on {@code asOf}, earliest first; empty when they are not due. */
    static List<Reason> due(List<Rule> rules, PersonDates person, LocalDate asOf) {
        if (person.retainedUntil() != null) {
            return person.retainedUntil().isAfter(asOf) ? List.of()
                    : List.of(new Reason(null, null, null, null, person.retainedUntil(),
                    "the last RETAIN decision set the next review for " + person.retainedUntil()));
        }
        List<Reason> reasons = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.kind() == RecordKind.AUDIT) {
                continue;
            }
            LocalDate from = from(rule.runsFrom(), person);
            if (from == null) {
                continue;
            }
            LocalDate dueOn = from.plusMonths(rule.reviewMonths());
            if (!dueOn.isAfter(asOf)) {
                reasons.add(new Reason(rule.kind(), rule.runsFrom(), from, rule.reviewMonths(), dueOn,
                        rule.kind() + ": " + rule.reviewMonths() + " months from " + describe(rule.runsFrom()) + " (" + from + ")"));
            }
        }
        reasons.sort(Comparator.comparing(Reason::dueOn).thenComparing(r -> r.kind().name()));
        return reasons;
    }

    private static LocalDate from(RunsFrom runsFrom, PersonDates person) {
        return switch (runsFrom) {
            case DESELECTION_OR_REMOVAL -> person.leftOn();
            case LAST_OFFENCE -> person.lastOffence();
            case LAST_ACTIVITY -> person.lastActivity();
            case RECORDED -> person.recordedOn();
        };
    }

    private static String describe(RunsFrom runsFrom) {
        return switch (runsFrom) {
            case DESELECTION_OR_REMOVAL -> "leaving the scheme";
            case LAST_OFFENCE -> "the last offence";
            case LAST_ACTIVITY -> "the last activity";
            case RECORDED -> "being recorded";
        };
    }
}
