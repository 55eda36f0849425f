package uk.ppo.actionplan.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.plan.Plan;
import uk.ppo.actionplan.plan.PlanService;
import uk.ppo.actionplan.priority.Priority;
import uk.ppo.actionplan.priority.PriorityService;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static uk.ppo.common.text.Text.blankToNull;

/** Actions of a plan; milestones and progress reach their action through {@link #forChange}. */
@ApplicationScoped
public class ActionService {

    private final ActionRepository actions;
    private final PlanService plans;
    private final PriorityService priorities;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    ActionService(ActionRepository actions, PlanService plans, PriorityService priorities, AuditLog audit) {
        this.actions = actions;
        this.plans = plans;
        this.priorities = priorities;
        this.audit = audit;
    }

    /** A new action; the plan's version moves on. Duplicate code in the plan → 409, unknown priority → 400. */
    @Transactional
    public Action add(UUID planId, ActionRecords.CreateAction request, Long expectedPlanVersion, String by) {
        Plan plan = plans.forChange(planId, expectedPlanVersion, by);
        Priority priority = priorities.findByCode(planId, request.priorityCode()).orElseThrow(() ->
                ProblemException.invalid("priorityCode", "the plan has no priority " + request.priorityCode()));
        if (actions.codeTaken(planId, request.code())) {
            throw ProblemException.conflict("code", "the plan already has an action " + request.code());
        }
        checkCompletionDue(plan, request.completionDue());
        Action action = new Action(planId, priority.id(), request.code(), request.text().strip(), request.lead().toLead(),
                cost(request.cost()), request.completionDue(), by, Instant.now(clock));
        actions.persist(action);
        plans.flush();
        audit.planChange(plan.id(), "ACTION_ADDED", "action", action.id(), action.code() + ": " + action.text());
        return action;
    }

    @Transactional
    Action revise(UUID id, ActionRecords.ReviseAction request, Long expectedVersion, String by) {
        Action action = forChange(id, expectedVersion, by);
        checkCompletionDue(plans.find(action.planId()), request.completionDue());
        action.revise(request.text().strip(), request.lead().toLead(), cost(request.cost()), request.completionDue(), by,
                Instant.now(clock));
        actions.flush();
        audit.planChange(action.planId(), "ACTION_REVISED", "action", id, action.code() + ": " + action.text());
        return action;
    }

    @Transactional
    Action complete(UUID id, LocalDate on, Long expectedVersion, String by) {
        Action action = forChange(id, expectedVersion, by);
        if (on.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("on", "must not be in the future");
        }
        action.complete(on, by, Instant.now(clock));
        actions.flush();
        audit.planChange(action.planId(), "ACTION_COMPLETED", "action", id, action.code() + " on " + on);
        return action;
    }

    /** Withdraws an OPEN action (409 otherwise) from a day not in the future; kept in the plan's history. */
    @Transactional
    Action withdraw(UUID id, String reason, LocalDate on, Long expectedVersion, String by) {
        Action action = forChange(id, expectedVersion, by);
        if (on.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("on", "must not be in the future");
        }
        action.withdraw(reason.strip(), on, by, Instant.now(clock));
        actions.flush();
        audit.planChange(action.planId(), "ACTION_WITHDRAWN", "action", id, action.code() + " on " + on + ": " + action.withdrawalReason());
        return action;
    }

    @Transactional
    public Action get(UUID id) {
        return actions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No action " + id));
    }

    @Transactional
    Page<Action> ofPlan(UUID planId, String priorityCode, int page, int size) {
        plans.find(planId);
        UUID priorityId = null;
        if (priorityCode != null) {
            priorityId = priorities.findByCode(planId, priorityCode).map(Priority::id).orElse(null);
            if (priorityId == null) {
                return new Page<>(List.of(), page, size, 0);
            }
        }
        return new Page<>(actions.ofPlan(planId, priorityId, page, size), page, size, actions.countOfPlan(planId, priorityId));
    }

    /** Every action of a plan, by code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Action> allOfPlan(UUID planId) {
        return actions.ofPlan(planId);
    }

    /** The priority code an action sits under. */
    @Transactional
    public String priorityCodeOf(Action action) {
        return priorities.get(action.priorityId()).code();
    }

    /**
     * The action, locked, for a change to it or its parts: 404 unknown, 409 when its plan is closed or
     * the caller's If-Match version is stale. The action's version moves on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Action forChange(UUID id, Long expectedVersion, String by) {
        Action action = actions.findForChange(id).orElseThrow(() -> ProblemException.notFound("No action " + id));
        Versions.check(expectedVersion, action.version(), "The action");
        plans.find(action.planId()).ensureOpen();
        action.recordChange(by, Instant.now(clock));
        return action;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        actions.flush();
    }

    private static void checkCompletionDue(Plan plan, LocalDate completionDue) {
        if (completionDue != null && completionDue.isBefore(plan.year().start())) {
            throw ProblemException.invalid("completionDue", "must not be before the plan's year starts on " + plan.year().start());
        }
    }

    private static Cost cost(ActionRecords.CostBody body) {
        if (body == null || (body.amountPence() == null && blankToNull(body.note()) == null)) {
            return null;
        }
        if (body.amountPence() != null && blankToNull(body.note()) != null) {
            throw ProblemException.invalid("cost", "give an amount in pence or a note, not both");
        }
        return new Cost(body.amountPence(), blankToNull(body.note()));
    }
}
