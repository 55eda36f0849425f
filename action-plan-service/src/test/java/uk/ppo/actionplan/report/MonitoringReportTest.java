package uk.ppo.actionplan.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.actionplan.report.MonitoringReport.ActionFacts;
import uk.ppo.actionplan.report.MonitoringReport.DueFacts;
import uk.ppo.actionplan.report.MonitoringReport.MilestoneFacts;
import uk.ppo.actionplan.report.MonitoringReport.RagStatus;
import uk.ppo.actionplan.report.MonitoringReport.UpdateFacts;
import uk.ppo.actionplan.schedule.FiscalQuarter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonitoringReportTest {

    private static final Map<String, String> PRIORITIES = new LinkedHashMap<>();

    static {
        PRIORITIES.put("AR", "Reducing adult re-offending");
        PRIORITIES.put("CH", "Targeted action in crime hotspots");
    }

    private static UpdateFacts update(String quarter, RagStatus rag, long sequence) {
        return new UpdateFacts(FiscalQuarter.parse(quarter), rag, sequence);
    }

    private static ActionFacts action(String code, LocalDate completedOn, List<MilestoneFacts> milestones, UpdateFacts... updates) {
        return new ActionFacts(code, code.substring(0, 2), "Probation", null, completedOn, milestones, List.of(updates));
    }

    private static MilestoneFacts milestone(String text, String due, String doneOn) {
        return new MilestoneFacts(text, List.of(new DueFacts(LocalDate.parse(due), doneOn == null ? null : LocalDate.parse(doneOn))));
    }

    @ParameterizedTest(name = "due {0}, done {1}, asOf {2} → overdue {3}, {4} days late")
    @CsvSource({
            // due date passed, not done: overdue, counted from the due date
            "2010-09-30,           , 2010-10-21, true,  21",
            // due today is not yet overdue
            "2010-10-21,           , 2010-10-21, false, 0",
            // due tomorrow
            "2010-10-22,           , 2010-10-21, false, 0",
            // done before asOf: not overdue, even if done late
            "2010-09-30, 2010-10-05, 2010-10-21, false, 0",
            // done after asOf: still overdue as of that day
            "2010-09-30, 2010-11-01, 2010-10-21, true,  21",
            // over a year end and a leap day
            "2012-02-28,           , 2012-03-01, true,  2",
            "2011-02-28,           , 2011-03-01, true,  1",
            "2010-12-31,           , 2011-01-01, true,  1",
            "2011-03-31,           , 2011-04-01, true,  1",
    })
    void overdueMeansDuePassedAndNotDoneByThen(String due, String done, LocalDate asOf, boolean overdue, long daysLate) {
        var result = MonitoringReport.asOf(asOf, PRIORITIES,
                List.of(action("AR1", null, List.of(milestone("Pathway agreed", due, done)))));
        var ar = result.priorities().get(0);
        assertEquals(overdue ? 1 : 0, ar.overdueMilestones().size());
        if (overdue) {
            assertEquals(daysLate, ar.overdueMilestones().get(0).daysLate());
            assertEquals("AR1", ar.overdueMilestones().get(0).actionCode());
            assertEquals("Pathway agreed", ar.overdueMilestones().get(0).milestone());
        }
        assertEquals(overdue ? 1 : 0, result.totals().overdueMilestones());
    }

    @Test
    void aCompletedActionHasNoOverdueMilestonesAndNeedsNoUpdate() {
        var result = MonitoringReport.asOf(LocalDate.parse("2010-10-21"), PRIORITIES, List.of(
                action("AR1", LocalDate.parse("2010-10-01"), List.of(milestone("Old", "2010-06-30", null))),
                action("AR2", LocalDate.parse("2010-11-01"), List.of(milestone("Old", "2010-06-30", null)))));
        var ar = result.priorities().get(0);
        assertEquals(1, ar.completed(), "completed after asOf does not count yet");
        assertEquals(List.of("AR2"), ar.overdueMilestones().stream().map(MonitoringReport.Overdue::actionCode).toList());
        assertEquals(List.of("AR2"), ar.noUpdateThisQuarter());
    }

    @Test
    void theLatestUpdateUpToTheQuarterGivesTheRag() {
        var result = MonitoringReport.asOf(LocalDate.parse("2010-10-21"), PRIORITIES, List.of(
                action("AR1", null, List.of(), update("2010/11 Q1", RagStatus.RED, 1), update("2010/11 Q2", RagStatus.AMBER, 2)),
                // two updates for the same quarter: the later one counts, whatever the order given
                action("AR2", null, List.of(), update("2010/11 Q3", RagStatus.GREEN, 9), update("2010/11 Q3", RagStatus.RED, 3)),
                // an update for a later quarter does not count yet
                action("AR3", null, List.of(), update("2010/11 Q4", RagStatus.GREEN, 1)),
                action("CH1", null, List.of()),
                action("CH2", null, List.of(), update("2010/11 Q3", RagStatus.RED, 1))));
        var ar = result.priorities().get(0);
        var ch = result.priorities().get(1);
        assertEquals(Map.of(RagStatus.RED, 0, RagStatus.AMBER, 1, RagStatus.GREEN, 1, RagStatus.NONE, 1), ar.actionsByRag());
        assertEquals(List.of("AR1", "AR3"), ar.noUpdateThisQuarter());
        assertEquals(Map.of(RagStatus.RED, 1, RagStatus.AMBER, 0, RagStatus.GREEN, 0, RagStatus.NONE, 1), ch.actionsByRag());
        assertEquals(List.of("CH1"), ch.noUpdateThisQuarter());
        assertEquals(5, result.totals().actions());
        assertEquals(Map.of(RagStatus.RED, 1, RagStatus.AMBER, 1, RagStatus.GREEN, 1, RagStatus.NONE, 2), result.totals().actionsByRag());
        assertEquals(3, result.totals().noUpdateThisQuarter());
        assertEquals("2010/11 Q3", result.quarter().label());
    }

    @Test
    void withdrawnActionsAreListedApartNeverOverdueNorRedAndCodesSortNaturally() {
        var withdrawn = new ActionFacts("AR4", "AR", "Police", new MonitoringReport.Withdrawal(LocalDate.parse("2010-09-30"), "Superseded by AR1"),
                null, List.of(milestone("x", "2010-04-30", null)), List.of(update("2010/11 Q2", RagStatus.RED, 1)));
        var result = MonitoringReport.asOf(LocalDate.parse("2010-10-21"), PRIORITIES, List.of(
                action("AR10", null, List.of()), action("AR2", null, List.of()), withdrawn));
        assertEquals(List.of("AR2", "AR10"), result.actions().stream().map(MonitoringReport.ActionLine::code).toList());
        assertEquals(0, result.totals().overdueMilestones());
        assertEquals(0, result.totals().actionsByRag().get(RagStatus.RED));
        assertEquals(2, result.totals().actions());
        assertEquals(1, result.totals().withdrawn());
        assertTrue(result.priorities().get(1).noUpdateThisQuarter().isEmpty());
        assertEquals(List.of(new MonitoringReport.Withdrawn("AR4", "AR", "Police", LocalDate.parse("2010-09-30"), "Superseded by AR1")),
                result.priorities().get(0).withdrawn());
        assertTrue(ReportCsv.of(result).contains("AR,AR4,Police,WITHDRAWN,no,,,,"), ReportCsv.of(result));
    }

    @ParameterizedTest(name = "as of {0}: withdrawn {1}, red {2}, overdue {3}")
    @CsvSource({
            "2010-09-29, 0, 1, 1",   // the day before it was withdrawn: still in play, red and overdue
            "2010-09-30, 1, 0, 0",   // withdrawn that day
            "2011-03-31, 1, 0, 0"})
    void anActionCountsAsWithdrawnFromItsWithdrawalDay(LocalDate asOf, int withdrawn, int red, int overdue) {
        var action = new ActionFacts("AR4", "AR", "Police", new MonitoringReport.Withdrawal(LocalDate.parse("2010-09-30"), "Superseded"),
                null, List.of(milestone("x", "2010-04-30", null)), List.of(update("2010/11 Q1", RagStatus.RED, 1)));
        var result = MonitoringReport.asOf(asOf, PRIORITIES, List.of(action));
        assertEquals(withdrawn, result.totals().withdrawn());
        assertEquals(red, result.totals().actionsByRag().get(RagStatus.RED));
        assertEquals(overdue, result.totals().overdueMilestones());
    }

    @Test
    void theCsvHasOneRowPerActionAndOverdueMilestoneQuotedSafely() {
        var result = MonitoringReport.asOf(LocalDate.parse("2010-10-21"), PRIORITIES, List.of(
                action("AR1", null, List.of(milestone("Pathway, \"agreed\"", "2010-09-30", null), milestone("=SUM(A1)", "2010-08-31", null)),
                        update("2010/11 Q3", RagStatus.AMBER, 1)),
                action("CH1", null, List.of())));
        String csv = ReportCsv.of(result);
        assertEquals(String.join("\r\n",
                "priority,action,lead,rag,completed,updatedThisQuarter,overdueMilestone,due,daysLate",
                "AR,AR1,Probation,AMBER,no,yes,'=SUM(A1),2010-08-31,51",
                "AR,AR1,Probation,AMBER,no,yes,\"Pathway, \"\"agreed\"\"\",2010-09-30,21",
                "CH,CH1,Probation,NONE,no,no,,,") + "\r\n", csv);
    }

    @ParameterizedTest(name = "TBC milestone done {0}, action completed {1}, asOf 2010-10-21 → listed {2}")
    @CsvSource({
            ",           ,           true",
            "2010-10-25, ,           true",
            "2010-10-01, ,           false",
            ",           2010-10-01, false",
            ",           2010-11-01, true",
    })
    void aMilestoneDueTbcIsNeverOverdueAndListedUntilDone(LocalDate doneOn, LocalDate completedOn, boolean listed) {
        var tbc = new MilestoneFacts("Campaign to raise awareness", List.of(), null, true, doneOn);
        var result = MonitoringReport.asOf(LocalDate.parse("2010-10-21"), PRIORITIES, List.of(
                action("AR1", completedOn, List.of(tbc))));
        var ar = result.priorities().get(0);
        assertEquals(0, result.totals().overdueMilestones());
        assertEquals(listed ? List.of(new MonitoringReport.ToBeConfirmed("AR1", "Campaign to raise awareness", "Probation")) : List.of(),
                ar.toBeConfirmed());
        assertEquals(listed ? 1 : 0, result.totals().toBeConfirmed());
    }

    @ParameterizedTest(name = "milestone lead {0} → overdue and TBC lines name {1}")
    @CsvSource({
            "'NHS East Sussex Community Services, Health Improvement Commissioning Manager', 'NHS East Sussex Community Services, Health Improvement Commissioning Manager'",
            ", Probation",
    })
    void anOverdueOrTbcMilestoneNamesItsOwnLeadOrTheActions(String milestoneLead, String named) {
        var late = new MilestoneFacts("Screening in place", List.of(new DueFacts(LocalDate.parse("2010-04-30"), null)), milestoneLead,
                false, null);
        var tbc = new MilestoneFacts("Campaign", List.of(), milestoneLead, true, null);
        var result = MonitoringReport.asOf(LocalDate.parse("2010-10-21"), PRIORITIES, List.of(action("AR1", null, List.of(late, tbc))));
        assertEquals(named, result.priorities().get(0).overdueMilestones().get(0).lead());
        assertEquals(174, result.priorities().get(0).overdueMilestones().get(0).daysLate());
        assertEquals(named, result.priorities().get(0).toBeConfirmed().get(0).lead());
    }
}
