package uk.ppo.actionplan.priority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.plan.Plan;
import uk.ppo.actionplan.plan.PlanService;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PriorityService {

    private final PriorityRepository priorities;
    private final PlanService plans;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    PriorityService(PriorityRepository priorities, PlanService plans, AuditLog audit) {
        this.priorities = priorities;
        this.plans = plans;
        this.audit = audit;
    }

    /** Adds a priority; the plan's version moves on. Duplicate code → 409, closed plan → 409. */
    @Transactional
    public Priority add(UUID planId, PriorityRecords.CreatePriority request, Long expectedPlanVersion, String by) {
        Plan plan = plans.forChange(planId, expectedPlanVersion, by);
        if (priorities.findByCode(planId, request.code()).isPresent()) {
            throw ProblemException.conflict("code", "the plan already has a priority " + request.code());
        }
        Priority priority = new Priority(plan.id(), request.code(), request.title().strip(), blankToNull(request.whatAndWhy()),
                blankToNull(request.outcomes()), blankToNull(request.hotspots()), by, Instant.now(clock));
        priorities.persist(priority);
        plans.flush();
        audit.planChange(plan.id(), "PRIORITY_ADDED", "priority", priority.id(), priority.code() + ": " + priority.title());
        return priority;
    }

    @Transactional
    public List<Priority> ofPlan(UUID planId) {
        plans.find(planId);
        return priorities.ofPlan(planId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Priority> findByCode(UUID planId, String code) {
        return priorities.findByCode(planId, code);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Priority get(UUID id) {
        return priorities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No priority " + id));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
