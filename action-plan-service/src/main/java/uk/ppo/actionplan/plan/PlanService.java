package uk.ppo.actionplan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.schedule.FiscalYear;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Plans and their workflow; the other features reach a plan through {@link #find} and {@link #forChange}. */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final AuditLog audit;
    private final Clock clock;

    PlanService(PlanRepository plans, AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Plan create(PlanRecords.CreatePlan request, String createdBy) {
        String title = request.title().strip();
        String partnership = request.partnership().strip();
        if (plans.exists(partnership, request.financialYear(), title)) {
            throw ProblemException.conflict("title", partnership + " already has a plan titled '" + title
                    + "' for " + request.financialYear());
        }
        Plan plan = new Plan(title, partnership, request.financialYear(), createdBy, Instant.now(clock));
        plans.persist(plan);
        audit.planChange(plan.id(), "PLAN_CREATED", "plan", plan.id(), partnership + " " + request.financialYear() + ": " + title);
        return plan;
    }

    @Transactional
    Page<Plan> list(int page, int size) {
        return new Page<>(plans.page(page, size), page, size, plans.count());
    }

    @Transactional
    Plan get(UUID id) {
        return find(id);
    }

    /** Every change to the plan and its parts, oldest first: who, when, what. */
    @Transactional
    Page<PlanRecords.PlanChangeView> history(UUID id, int page, int size) {
        find(id);
        return new Page<>(audit.forPlan(id, page, size), page, size, audit.countForPlan(id))
                .map(e -> new PlanRecords.PlanChangeView(e.at(), e.actor(), e.roles(), e.agency(), e.action(), e.subjectType(),
                        e.subjectId(), e.detail(), e.requestId()));
    }

    @Transactional
    Plan approve(UUID id, Long expectedVersion, String by) {
        Plan plan = lockedVersion(id, expectedVersion);
        plan.approve(by, Instant.now(clock));
        plans.flush();
        audit.planChange(id, "PLAN_APPROVED", "plan", id, null);
        return plan;
    }

    @Transactional
    Plan close(UUID id, Long expectedVersion, String by) {
        Plan plan = lockedVersion(id, expectedVersion);
        plan.close(by, Instant.now(clock));
        plans.flush();
        audit.planChange(id, "PLAN_CLOSED", "plan", id, null);
        return plan;
    }

    /** The plan, or a 404 problem. Call within a transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Plan find(UUID id) {
        return plans.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No plan " + id));
    }

    /**
     * The plan, locked, for a change to one of its parts: 404 if unknown, 409 if closed or if the
     * caller's If-Match version is stale. The plan's version moves on with the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Plan forChange(UUID id, Long expectedVersion, String by) {
        Plan plan = lockedVersion(id, expectedVersion);
        plan.recordChange(by, Instant.now(clock));
        return plan;
    }

    /** Flushes pending changes so the version returned in an ETag is the new one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        plans.flush();
    }

    private Plan lockedVersion(UUID id, Long expectedVersion) {
        Plan plan = plans.findForChange(id).orElseThrow(() -> ProblemException.notFound("No plan " + id));
        Versions.check(expectedVersion, plan.version(), "The plan");
        return plan;
    }

    /** The plans agreed for the financial year {@code day} falls in (approved or since closed), for one partnership or all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Plan> agreedFor(String partnership, LocalDate day) {
        String year = FiscalYear.containing(day).label();
        return plans.ofYear(partnership, year).stream().filter(p -> p.status() != PlanStatus.DRAFT).toList();
    }
}
