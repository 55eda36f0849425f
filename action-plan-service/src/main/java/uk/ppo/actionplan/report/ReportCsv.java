package uk.ppo.actionplan.report;

/**
 * The report as CSV for partnership boards: one row per action, repeated once per overdue milestone
 * so each row can be filtered and sorted in a spreadsheet; a withdrawn action has one row with WITHDRAWN in
 * the rag column. Pure.
 */
final class ReportCsv {

    /** The rag column of a withdrawn action: listed, never rated. */
    static final String WITHDRAWN = "WITHDRAWN";

    static final String HEADER = "priority,action,lead,rag,completed,updatedThisQuarter,overdueMilestone,due,daysLate";

    private ReportCsv() {
    }

    static String of(MonitoringReport.Result result) {
        Csv csv = new Csv();
        csv.row((Object[]) HEADER.split(","));
        for (MonitoringReport.PriorityLine priority : result.priorities()) {
            result.actions().stream().filter(a -> a.priorityCode().equals(priority.code())).forEach(line -> row(csv, line));
            priority.withdrawn().forEach(w -> csv.row(w.priorityCode(), w.code(), w.lead(), WITHDRAWN, "no", null, null, null, null));
        }
        return csv.toString();
    }

    private static void row(Csv csv, MonitoringReport.ActionLine line) {
        String completed = line.completed() ? "yes" : "no";
        String updated = line.updatedThisQuarter() ? "yes" : "no";
        if (line.overdue().isEmpty()) {
            csv.row(line.priorityCode(), line.code(), line.lead(), line.rag(), completed, updated, null, null, null);
        }
        for (MonitoringReport.Overdue overdue : line.overdue()) {
            csv.row(line.priorityCode(), line.code(), line.lead(), line.rag(), completed, updated, overdue.milestone(),
                    overdue.due(), overdue.daysLate());
        }
    }
}
