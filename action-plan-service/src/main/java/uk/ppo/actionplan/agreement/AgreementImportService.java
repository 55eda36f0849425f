package uk.ppo.actionplan.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.action.Action;
import uk.ppo.actionplan.action.ActionRecords;
import uk.ppo.actionplan.action.ActionService;
import uk.ppo.actionplan.milestone.MilestoneRecords;
import uk.ppo.actionplan.milestone.MilestoneService;
import uk.ppo.actionplan.plan.Plan;
import uk.ppo.actionplan.plan.PlanRecords;
import uk.ppo.actionplan.plan.PlanService;
import uk.ppo.actionplan.priority.PriorityRecords;
import uk.ppo.actionplan.priority.PriorityService;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemException;

import java.util.List;

/**
 * Creates a plan from one document through the same domain operations as the API, in one
 * transaction: any refusal rolls the whole import back and names the field by its path in the document.
 */
@ApplicationScoped
class AgreementImportService {

    private final PlanService plans;
    private final PriorityService priorities;
    private final ActionService actions;
    private final MilestoneService milestones;

    AgreementImportService(PlanService plans, PriorityService priorities, ActionService actions, MilestoneService milestones) {
        this.plans = plans;
        this.priorities = priorities;
        this.actions = actions;
        this.milestones = milestones;
    }

    record Result(Plan plan, int priorities, int actions, int milestones) {
    }

    @Transactional
    Result importAgreement(AgreementRecords.ImportAgreement document, String by) {
        Plan plan = plans.create(new PlanRecords.CreatePlan(document.title(), document.partnership(), document.financialYear()), by);
        plans.flush();
        int priorityCount = 0;
        int actionCount = 0;
        int milestoneCount = 0;
        List<AgreementRecords.ImportPriority> themes = orEmpty(document.priorities());
        for (int p = 0; p < themes.size(); p++) {
            AgreementRecords.ImportPriority theme = themes.get(p);
            String at = "priorities[" + p + "]";
            within(at, () -> priorities.add(plan.id(), new PriorityRecords.CreatePriority(theme.code(), theme.title(),
                    theme.whatAndWhy(), theme.outcomes(), theme.hotspots(), theme.achievements(), theme.plans()), null, by));
            priorityCount++;
            List<AgreementRecords.ImportAction> items = orEmpty(theme.actions());
            for (int a = 0; a < items.size(); a++) {
                AgreementRecords.ImportAction item = items.get(a);
                String actionAt = at + ".actions[" + a + "]";
                Action action = within(actionAt, () -> actions.add(plan.id(), new ActionRecords.CreateAction(theme.code(),
                        item.code(), item.text(), item.lead(), item.cost(), item.completionDue()), null, by));
                actionCount++;
                List<AgreementRecords.ImportMilestone> steps = orEmpty(item.milestones());
                for (int m = 0; m < steps.size(); m++) {
                    AgreementRecords.ImportMilestone step = steps.get(m);
                    within(actionAt + ".milestones[" + m + "]", () -> milestones.add(action.id(),
                            new MilestoneRecords.CreateMilestone(step.text(), step.due(), step.lead()), null, by));
                    milestoneCount++;
                }
            }
        }
        return new Result(plan, priorityCount, actionCount, milestoneCount);
    }

    /** Runs one step; a refusal names its field by the path in the document. */
    private <T> T within(String path, java.util.function.Supplier<T> step) {
        try {
            T result = step.get();
            plans.flush();   // the next step locks what this one wrote
            return result;
        } catch (ProblemException e) {
            List<Problem.Violation> violations = e.violations().stream()
                    .map(v -> new Problem.Violation(path + "." + v.field(), v.message())).toList();
            throw new ProblemException(e.type(), path + "." + e.getMessage(), violations);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
