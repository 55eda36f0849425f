package uk.ppo.actionplan.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.action.Action;
import uk.ppo.actionplan.action.ActionService;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.plan.PlanService;
import uk.ppo.common.http.Versions;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static uk.ppo.common.text.Text.blankToNull;

@ApplicationScoped
public class MilestoneService {

    private final MilestoneRepository milestones;
    private final ActionService actions;
    private final PlanService plans;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    MilestoneService(MilestoneRepository milestones, ActionService actions, PlanService plans, AuditLog audit) {
        this.milestones = milestones;
        this.actions = actions;
        this.plans = plans;
        this.audit = audit;
    }

    /** A milestone of an action, resolved to its due dates; the action's version moves on. */
    @Transactional
    public Milestone add(UUID actionId, MilestoneRecords.CreateMilestone request, Long expectedActionVersion, String by) {
        Action action = actions.forChange(actionId, expectedActionVersion, by);
        DueSpec due;
        try {
            due = request.due().toSpec();
        } catch (DueSpec.InvalidDue e) {
            throw ProblemException.invalid(e.field(), e.getMessage());
        }
        MilestoneRecords.LeadBody lead = request.lead();
        Milestone milestone = new Milestone(actionId, request.text().strip(), due, plans.find(action.planId()).year(),
                lead == null ? null : lead.organisation().strip(), lead == null ? null : blankToNull(lead.jobTitle()), by,
                Instant.now(clock));
        milestones.persist(milestone);
        actions.flush();
        audit.planChange(action.planId(), "MILESTONE_ADDED", "milestone", milestone.id(),
                action.code() + ": " + milestone.text() + " (due " + due.kind() + " " + due.value() + ")");
        return milestone;
    }

    @Transactional
    Milestone markDone(UUID id, LocalDate on, Long expectedVersion, String by) {
        Milestone milestone = milestones.findForChange(id).orElseThrow(() -> ProblemException.notFound("No milestone " + id));
        Versions.check(expectedVersion, milestone.version(), "The milestone");
        if (on.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("on", "must not be in the future");
        }
        Action action = actions.forChange(milestone.actionId(), null, by);
        milestone.markDone(on, by);
        milestones.flush();
        audit.planChange(action.planId(), "MILESTONE_DONE", "milestone", id,
                action.code() + ": " + milestone.text() + " done on " + on);
        return milestone;
    }

    @Transactional
    Milestone get(UUID id) {
        return milestones.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No milestone " + id));
    }

    @Transactional
    List<Milestone> ofAction(UUID actionId) {
        actions.get(actionId);
        return milestones.ofAction(actionId);
    }

    /** The milestones of the given actions (for reports). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Milestone> ofActions(Collection<UUID> actionIds) {
        return milestones.ofActions(actionIds);
    }
}
