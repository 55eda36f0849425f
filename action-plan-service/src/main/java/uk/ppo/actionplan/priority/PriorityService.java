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

import static uk.ppo.common.text.Text.blankToNull;

@ApplicationScoped
public class PriorityService {

    private final PriorityRepository priorities;
    private final PriorityHistoryRepository history;
    private final PlanService plans;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    PriorityService(PriorityRepository priorities, PriorityHistoryRepository history, PlanService plans, AuditLog audit) {
        this.priorities = priorities;
        this.history = history;
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
        Priority priority = new Priority(plan.id(), request.code(), new PriorityWording(request.title().strip(),
                blankToNull(request.whatAndWhy()), blankToNull(request.outcomes()), blankToNull(request.hotspots()),
                blankToNull(request.achievements()), blankToNull(request.plans())), by, Instant.now(clock));
        priorities.persist(priority);
        plans.flush();
        audit.planChange(plan.id(), "PRIORITY_ADDED", "priority", priority.id(), priority.code() + ": " + priority.title());
        return priority;
    }

    /**
     * New wording for a priority (its code stays). The caller's version must be the current one, or 409 naming
     * version; a closed plan → 409. The replaced version goes to the history; an edit that changes nothing
     * keeps the version and writes no history.
     */
    @Transactional
    public Priority revise(UUID id, PriorityRecords.RevisePriority request, String by) {
        Priority priority = priorities.findForChange(id).orElseThrow(() -> ProblemException.notFound("No priority " + id));
        if (request.version() != priority.version()) {
            throw ProblemException.conflict("version", "the priority has changed since you read it (version "
                    + request.version() + ", now " + priority.version() + "); read it again and retry");
        }
        plans.find(priority.planId()).ensureOpen();
        PriorityWording wording = new PriorityWording(request.title().strip(), blankToNull(request.whatAndWhy()),
                blankToNull(request.outcomes()), blankToNull(request.hotspots()), blankToNull(request.achievements()),
                blankToNull(request.plans()));
        priority.revise(wording, by, Instant.now(clock)).ifPresent(replaced -> {
            history.persist(replaced);
            priorities.flush();
            audit.planChange(priority.planId(), "PRIORITY_REVISED", "priority", priority.id(),
                    priority.code() + ": version " + replaced.version() + " replaced; changed " + String.join(", ",
                            PriorityRecords.changed(replaced.wording(), wording)));
        });
        return priority;
    }

    /** A priority with the versions its edits replaced, newest first, each saying which fields the next version changed. */
    @Transactional
    public List<PriorityRecords.PriorityVersionView> history(UUID id) {
        Priority priority = get(id);
        List<PriorityVersion> versions = history.ofPriority(id);
        List<PriorityRecords.PriorityVersionView> views = new java.util.ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            PriorityWording next = i + 1 < versions.size() ? versions.get(i + 1).wording() : priority.wording();
            views.add(PriorityRecords.PriorityVersionView.of(versions.get(i), next));
        }
        java.util.Collections.reverse(views);
        return views;
    }

    @Transactional
    public Priority find(UUID id) {
        return get(id);
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
}
