package uk.ppo.actionplan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
class PlanService {

    private final PlanRepository plans;
    private final Clock clock;

    PlanService(PlanRepository plans) {
        this.plans = plans;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    Plan create(PlanRecords.CreatePlan request, String createdBy) {
        String title = request.title().strip();
        String partnership = request.partnership().strip();
        if (plans.exists(partnership, request.financialYear(), title)) {
            throw ProblemException.conflict("title", partnership + " already has a plan titled '" + title
                    + "' for " + request.financialYear());
        }
        Plan plan = new Plan(title, partnership, request.financialYear(), createdBy, Instant.now(clock));
        plans.persist(plan);
        return plan;
    }

    @Transactional
    Page<Plan> list(int page, int size) {
        return new Page<>(plans.page(page, size), page, size, plans.count());
    }

    @Transactional
    Plan get(UUID id) {
        return plans.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No plan " + id));
    }
}
