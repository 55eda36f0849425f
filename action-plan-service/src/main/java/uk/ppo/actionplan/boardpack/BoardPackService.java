package uk.ppo.actionplan.boardpack;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.actionplan.action.Action;
import uk.ppo.actionplan.action.ActionService;
import uk.ppo.actionplan.indicator.IndicatorPerformance;
import uk.ppo.actionplan.indicator.IndicatorService;
import uk.ppo.actionplan.offender.Ni30Cohorts;
import uk.ppo.actionplan.plan.Plan;
import uk.ppo.actionplan.plan.PlanService;
import uk.ppo.actionplan.report.MonitoringReport;
import uk.ppo.actionplan.report.ReportService;
import uk.ppo.actionplan.risk.RiskRecords;
import uk.ppo.actionplan.risk.RiskService;
import uk.ppo.actionplan.schedule.FiscalQuarter;
import uk.ppo.common.problem.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Gathers the board pack: the indicators' performance, the agreed plans' monitoring reports, the open
 * risks (all read in one transaction), and the NI 30 cohorts the indicators are computed from (asked of
 * offender-service outside it). When offender-service cannot answer, the pack is still made and says
 * what it lacks.
 */
@ApplicationScoped
class BoardPackService {

    private final PlanService plans;
    private final ActionService actions;
    private final ReportService reports;
    private final IndicatorService indicators;
    private final RiskService risks;
    private final Ni30Cohorts cohorts;

    BoardPackService(PlanService plans, ActionService actions, ReportService reports, IndicatorService indicators,
                     RiskService risks, Ni30Cohorts cohorts) {
        this.plans = plans;
        this.actions = actions;
        this.reports = reports;
        this.indicators = indicators;
        this.risks = risks;
        this.cohorts = cohorts;
    }

    BoardPack asOf(LocalDate day, String partnership) {
        BoardPack local = QuarkusTransaction.requiringNew().call(() -> localParts(day, partnership));
        List<BoardPack.Ni30Cohort> ni30 = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        try {
            for (UUID cohortId : indicators.ni30CohortIds(partnership)) {
                cohorts.report(cohortId, day).ifPresent(report -> ni30.add(ni30(report)));
            }
        } catch (ProblemException e) {
            gaps.add("the NI 30 cohorts: offender-service did not answer");
        }
        return new BoardPack(day, partnership, local.quarter(), local.indicators(), local.actions(), local.overdueMilestones(),
                local.risks(), ni30, gaps);
    }

    private BoardPack localParts(LocalDate day, String partnership) {
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
        List<BoardPack.Indicator> lines = indicators.latestYears(partnership, day).stream()
                .map(performance -> indicator(performance, day)).toList();
        List<BoardPack.Risk> open = risks.open(partnership, day).stream().map(BoardPackService::risk).toList();
        return new BoardPack(day, partnership, FiscalQuarter.containing(day).label(), lines, exceptions, overdue, open,
                List.of(), List.of());
    }

    /** The indicator in its latest year, with the periods of that year that have an actual and ended by {@code day}. */
    private static BoardPack.Indicator indicator(IndicatorPerformance performance, LocalDate day) {
        List<BoardPack.Period> periods = performance.periods().stream()
                .filter(p -> p.actual() != null && (p.to() == null || !p.to().isAfter(day)))
                .map(p -> new BoardPack.Period(p.period(), p.actual(), p.cumulative(), p.target(), p.onTrack(),
                        p.rag() == null ? BoardPack.Rag.NONE : BoardPack.Rag.valueOf(p.rag().name())))
                .toList();
        IndicatorPerformance.IndicatorSummary summary = performance.indicator();
        return new BoardPack.Indicator(summary.code(), summary.title(), summary.unit(), summary.polarity().name(),
                performance.financialYear(), performance.yearTarget(), performance.yearStretchTarget(), periods);
    }

    private static BoardPack.Risk risk(RiskRecords.RiskView risk) {
        String owner = risk.owner() == null ? null
                : risk.owner().organisation() == null ? risk.owner().jobTitle()
                : risk.owner().organisation() + ", " + risk.owner().jobTitle();
        return new BoardPack.Risk(risk.risk(), owner, risk.likelihood(), risk.impact(), risk.score(),
                risk.rating() == null ? null : risk.rating().name(), risk.reviewDate(), risk.reviewOverdue());
    }

    private static BoardPack.Ni30Cohort ni30(Ni30Cohorts.Report report) {
        return new BoardPack.Ni30Cohort(report.name(), (int) report.members(), (int) report.baselineOffences(),
                (int) report.targetOffences(), BigDecimal.valueOf(report.proRataTargetOffences()), (int) report.followUpOffences(),
                report.onTrack(), report.targetMet(), report.reductionPercent());
    }
}
