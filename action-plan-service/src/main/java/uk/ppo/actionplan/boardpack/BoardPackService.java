package uk.ppo.actionplan.boardpack;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.action.Action;
import uk.ppo.actionplan.action.ActionService;
import uk.ppo.actionplan.plan.Plan;
import uk.ppo.actionplan.plan.PlanService;
import uk.ppo.actionplan.report.MonitoringReport;
import uk.ppo.actionplan.report.ReportService;
import uk.ppo.actionplan.schedule.FiscalQuarter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Gathers the board pack from the indicators, the agreed plans' monitoring reports, the risk register and NI 30. */
@ApplicationScoped
class BoardPackService {

    private final PlanService plans;
    private final ActionService actions;
    private final ReportService reports;

    BoardPackService(PlanService plans, ActionService actions, ReportService reports) {
        this.plans = plans;
        this.actions = actions;
        this.reports = reports;
    }

    @Transactional
    BoardPack asOf(LocalDate day, String partnership) {
        List<BoardPack.ActionException> exceptions = new ArrayList<>();
        List<BoardPack.OverdueMilestone> overdue = new ArrayList<>();
        for (Plan plan : plans.agreedFor(partnership, day)) {
            MonitoringReport.Result result = reports.report(plan.id(), day).result();
            Map<String, String> texts = actions.allOfPlan(plan.id()).stream()
                    .collect(Collectors.toMap(Action::code, Action::text, (a, b) -> a));
            for (MonitoringReport.ActionLine line : result.actions()) {
                if (!line.completed() && (line.rag() == MonitoringReport.RagStatus.RED || line.rag() == MonitoringReport.RagStatus.AMBER)) {
                    exceptions.add(new BoardPack.ActionException(plan.title(), line.priorityCode(), line.code(),
                            texts.get(line.code()), line.lead(), BoardPack.Rag.valueOf(line.rag().name())));
                }
                line.overdue().forEach(o -> overdue.add(new BoardPack.OverdueMilestone(plan.title(), o.actionCode(),
                        o.milestone(), o.due(), o.daysLate())));
            }
        }
        return new BoardPack(day, partnership, FiscalQuarter.containing(day).label(), List.of(), exceptions, overdue,
                List.of(), List.of());
    }

}
