package uk.ppo.actionplan.report;

import uk.ppo.actionplan.schedule.FiscalQuarter;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quarterly monitoring report of a plan as of a day. Pure: record inputs, record output, no CDI
 * and no database.
 * <ul>
 * <li>An action's RAG is that of its latest update for a quarter up to the report's quarter (a later
 *     update for the same quarter supersedes an earlier one); NONE when there is none.</li>
 * <li>Completed: completed on or before the day.</li>
 * <li>Overdue: a due date before the day that was not done by the day, of an action not completed by
 *     the day; days late counts from the due date to the day.</li>
 * <li>No update this quarter: actions not completed by the day with no update for the day's quarter.</li>
 * <li>Withdrawn: an action withdrawn on or before the day is listed as withdrawn (day and reason) and counts
 *     nowhere else: never overdue, never red, never awaiting an update. Withdrawn after the day, it was still
 *     in play then and is reported as any other.</li>
 * <li>To be confirmed: milestones due "TBC" (no date, so never overdue) of actions not completed by the day,
 *     not done by the day.</li>
 * <li>An overdue or to-be-confirmed milestone names its own lead, or its action's when it has none.</li>
 * </ul>
 */
public final class MonitoringReport {

    public enum RagStatus { RED, AMBER, GREEN, NONE }

    /** @param withdrawal null unless the action was withdrawn */
    public record ActionFacts(String code, String priorityCode, String lead, Withdrawal withdrawal, LocalDate completedOn,
                              List<MilestoneFacts> milestones, List<UpdateFacts> updates) {

        boolean withdrawnBy(LocalDate day) {
            return withdrawal != null && !withdrawal.on().isAfter(day);
        }
    }

    public record Withdrawal(LocalDate on, String reason) {
    }

    public record Withdrawn(String code, String priorityCode, String lead, LocalDate on, String reason) {
    }

    /**
     * @param lead          the milestone's own lead, or null for the action's
     * @param toBeConfirmed due "TBC": no due dates
     * @param doneOn        when the milestone as a whole was done (for TBC and ONGOING, which have no due dates)
     */
    public record MilestoneFacts(String text, List<DueFacts> dues, String lead, boolean toBeConfirmed, LocalDate doneOn) {

        public MilestoneFacts(String text, List<DueFacts> dues) {
            this(text, dues, null, false, null);
        }
    }

    public record DueFacts(LocalDate due, LocalDate doneOn) {
    }

    /** {@code sequence} orders updates of the same quarter (e.g. recording time). */
    public record UpdateFacts(FiscalQuarter quarter, RagStatus rag, long sequence) {
    }

    /** @param lead the milestone's lead, or its action's */
    public record Overdue(String actionCode, String milestone, LocalDate due, long daysLate, String lead) {
    }

    /** A milestone due "TBC" not yet done: listed, never overdue. */
    public record ToBeConfirmed(String actionCode, String milestone, String lead) {
    }

    public record ActionLine(String code, String priorityCode, String lead, RagStatus rag, boolean completed,
                             boolean updatedThisQuarter, List<Overdue> overdue, List<ToBeConfirmed> toBeConfirmed) {
    }

    /** {@code actions} counts the actions in play (withdrawn ones are listed apart). */
    public record PriorityLine(String code, String title, int actions, Map<RagStatus, Integer> actionsByRag, int completed,
                               List<Overdue> overdueMilestones, List<String> noUpdateThisQuarter, List<Withdrawn> withdrawn,
                               List<ToBeConfirmed> toBeConfirmed) {
    }

    public record Totals(int actions, Map<RagStatus, Integer> actionsByRag, int completed, int overdueMilestones,
                         int noUpdateThisQuarter, int withdrawn, int toBeConfirmed) {
    }

    public record Result(LocalDate asOf, FiscalQuarter quarter, List<PriorityLine> priorities, List<ActionLine> actions,
                         List<Withdrawn> withdrawn, Totals totals) {
    }

    private static final Pattern CODE = Pattern.compile("(\\D*)(\\d+).*");

    /** Action codes in their natural order: AR2 before AR10, then by the rest of the code. */
    public static final Comparator<String> CODE_ORDER = (a, b) -> {
        Matcher ma = CODE.matcher(a);
        Matcher mb = CODE.matcher(b);
        if (ma.matches() && mb.matches()) {
            int prefix = ma.group(1).compareTo(mb.group(1));
            if (prefix != 0) {
                return prefix;
            }
            int number = new BigInteger(ma.group(2)).compareTo(new BigInteger(mb.group(2)));
            if (number != 0) {
                return number;
            }
        }
        return a.compareTo(b);
    };

    private MonitoringReport() {
    }

    /** @param priorityTitles priority codes to titles, in report order */
    public static Result asOf(LocalDate asOf, Map<String, String> priorityTitles, List<ActionFacts> actions) {
        FiscalQuarter quarter = FiscalQuarter.containing(asOf);
        List<ActionLine> lines = actions.stream()
                .filter(a -> !a.withdrawnBy(asOf))
                .sorted(Comparator.comparing(ActionFacts::code, CODE_ORDER))
                .map(a -> line(a, asOf, quarter))
                .toList();
        List<Withdrawn> withdrawn = actions.stream()
                .filter(a -> a.withdrawnBy(asOf))
                .sorted(Comparator.comparing(ActionFacts::code, CODE_ORDER))
                .map(a -> new Withdrawn(a.code(), a.priorityCode(), a.lead(), a.withdrawal().on(), a.withdrawal().reason()))
                .toList();

        List<PriorityLine> priorities = new ArrayList<>();
        for (Map.Entry<String, String> priority : priorityTitles.entrySet()) {
            List<ActionLine> mine = lines.stream().filter(l -> l.priorityCode().equals(priority.getKey())).toList();
            priorities.add(new PriorityLine(priority.getKey(), priority.getValue(), mine.size(), byRag(mine),
                    (int) mine.stream().filter(ActionLine::completed).count(),
                    mine.stream().flatMap(l -> l.overdue().stream()).toList(),
                    mine.stream().filter(l -> !l.completed() && !l.updatedThisQuarter()).map(ActionLine::code).toList(),
                    withdrawn.stream().filter(w -> w.priorityCode().equals(priority.getKey())).toList(),
                    mine.stream().flatMap(l -> l.toBeConfirmed().stream()).toList()));
        }
        Totals totals = new Totals(lines.size(), byRag(lines),
                (int) lines.stream().filter(ActionLine::completed).count(),
                lines.stream().mapToInt(l -> l.overdue().size()).sum(),
                (int) lines.stream().filter(l -> !l.completed() && !l.updatedThisQuarter()).count(), withdrawn.size(),
                lines.stream().mapToInt(l -> l.toBeConfirmed().size()).sum());
        return new Result(asOf, quarter, priorities, lines, withdrawn, totals);
    }

    private static ActionLine line(ActionFacts action, LocalDate asOf, FiscalQuarter quarter) {
        boolean completed = action.completedOn() != null && !action.completedOn().isAfter(asOf);
        RagStatus rag = action.updates().stream()
                .filter(u -> u.quarter().compareTo(quarter) <= 0)
                .max(Comparator.comparing(UpdateFacts::quarter).thenComparingLong(UpdateFacts::sequence))
                .map(UpdateFacts::rag)
                .orElse(RagStatus.NONE);
        boolean updated = action.updates().stream().anyMatch(u -> u.quarter().equals(quarter));
        List<Overdue> overdue = new ArrayList<>();
        List<ToBeConfirmed> toBeConfirmed = new ArrayList<>();
        if (!completed) {
            for (MilestoneFacts milestone : action.milestones()) {
                String lead = milestone.lead() == null ? action.lead() : milestone.lead();
                if (milestone.toBeConfirmed() && !doneBy(milestone.doneOn(), asOf)) {
                    toBeConfirmed.add(new ToBeConfirmed(action.code(), milestone.text(), lead));
                }
                for (DueFacts due : milestone.dues()) {
                    if (due.due().isBefore(asOf) && !doneBy(due.doneOn(), asOf)) {
                        overdue.add(new Overdue(action.code(), milestone.text(), due.due(), ChronoUnit.DAYS.between(due.due(), asOf),
                                lead));
                    }
                }
            }
            overdue.sort(Comparator.comparing(Overdue::due).thenComparing(Overdue::milestone));
        }
        return new ActionLine(action.code(), action.priorityCode(), action.lead(), rag, completed, updated, List.copyOf(overdue),
                List.copyOf(toBeConfirmed));
    }

    private static boolean doneBy(LocalDate doneOn, LocalDate day) {
        return doneOn != null && !doneOn.isAfter(day);
    }

    private static Map<RagStatus, Integer> byRag(List<ActionLine> lines) {
        Map<RagStatus, Integer> counts = new EnumMap<>(RagStatus.class);
        for (RagStatus rag : RagStatus.values()) {
            counts.put(rag, 0);
        }
        lines.forEach(l -> counts.merge(l.rag(), 1, Integer::sum));
        return new LinkedHashMap<>(counts);
    }

}
