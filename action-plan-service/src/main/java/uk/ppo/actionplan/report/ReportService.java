package uk.ppo.actionplan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.action.Action;
import uk.ppo.actionplan.action.ActionService;
import uk.ppo.actionplan.action.ActionStatus;
import uk.ppo.actionplan.milestone.DueSpec;
import uk.ppo.actionplan.milestone.Milestone;
import uk.ppo.actionplan.milestone.MilestoneService;
import uk.ppo.actionplan.plan.Plan;
import uk.ppo.actionplan.plan.PlanService;
import uk.ppo.actionplan.priority.Priority;
import uk.ppo.actionplan.priority.PriorityService;
import uk.ppo.actionplan.progress.ProgressService;
import uk.ppo.actionplan.progress.ProgressUpdate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Gathers a plan's facts in one transaction and hands them to the pure {@link MonitoringReport}. */
@ApplicationScoped
public class ReportService {

    private final PlanService plans;
    private final PriorityService priorities;
    private final ActionService actions;
    private final MilestoneService milestones;
    private final ProgressService progress;

    ReportService(PlanService plans, PriorityService priorities, ActionService actions, MilestoneService milestones,
                  ProgressService progress) {
        this.plans = plans;
        this.priorities = priorities;
        this.actions = actions;
        this.milestones = milestones;
        this.progress = progress;
    }

    public record Report(Plan plan, MonitoringReport.Result result) {
    }

    @Transactional
    public Report report(UUID planId, LocalDate asOf) {
        Plan plan = plans.find(planId);
        List<Priority> themes = priorities.ofPlan(planId);
        Map<UUID, String> priorityCodes = themes.stream().collect(Collectors.toMap(Priority::id, Priority::code));
        Map<String, String> titles = new LinkedHashMap<>();
        themes.forEach(p -> titles.put(p.code(), p.title()));

        List<Action> all = actions.allOfPlan(planId);
        List<UUID> ids = all.stream().map(Action::id).toList();
        Map<UUID, List<Milestone>> milestonesByAction = milestones.ofActions(ids).stream()
                .collect(Collectors.groupingBy(Milestone::actionId));
        Map<UUID, List<ProgressUpdate>> updatesByAction = progress.ofActions(ids).stream()
                .collect(Collectors.groupingBy(ProgressUpdate::actionId));

        List<MonitoringReport.ActionFacts> facts = all.stream().map(a -> new MonitoringReport.ActionFacts(
                a.code(), priorityCodes.get(a.priorityId()), a.lead().organisation(),
                a.status() == ActionStatus.WITHDRAWN ? new MonitoringReport.Withdrawal(a.withdrawnOn(), a.withdrawalReason()) : null,
                a.completedOn(),
                milestonesByAction.getOrDefault(a.id(), List.of()).stream().map(ReportService::facts).toList(),
                updatesByAction.getOrDefault(a.id(), List.of()).stream().map(u -> new MonitoringReport.UpdateFacts(u.quarter(),
                        MonitoringReport.RagStatus.valueOf(u.rag().name()), u.recordedAt().toEpochMilli())).toList()))
                .toList();
        return new Report(plan, MonitoringReport.asOf(asOf, titles, facts));
    }

    private static MonitoringReport.MilestoneFacts facts(Milestone m) {
        return new MonitoringReport.MilestoneFacts(m.text(),
                m.dues().stream().map(d -> new MonitoringReport.DueFacts(d.dueOn(), d.doneOn())).toList(),
                lead(m.leadOrganisation(), m.leadJobTitle()), m.dueKind() == DueSpec.Kind.TBC, m.doneOn());
    }

    /** "Organisation, Job title", or the organisation alone; null when there is none. */
    static String lead(String organisation, String jobTitle) {
        return organisation == null ? null : jobTitle == null ? organisation : organisation + ", " + jobTitle;
    }

}
