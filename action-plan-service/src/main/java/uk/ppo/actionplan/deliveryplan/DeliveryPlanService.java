package uk.ppo.actionplan.deliveryplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class DeliveryPlanService {

    private final DeliveryPlanRepository plans;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    DeliveryPlanService(DeliveryPlanRepository plans, AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
    }

    @Transactional
    DeliveryPlan create(DeliveryPlanRecords.CreateDeliveryPlan request, String by) {
        String indicator = request.indicator().strip();
        String partnership = request.partnership().strip();
        if (plans.exists(partnership, indicator)) {
            throw ProblemException.conflict("indicator", partnership + " already has a delivery plan for " + indicator);
        }
        Set<String> years = new HashSet<>();
        for (int i = 0; i < request.targets().size(); i++) {
            if (!years.add(request.targets().get(i).financialYear())) {
                throw ProblemException.invalid("targets[" + i + "].financialYear", "a target for this year is already given");
            }
        }
        DeliveryPlan plan = new DeliveryPlan(indicator, request.title().strip(), partnership, request.definition().strip(),
                request.baseline(), request.baselinePeriod().strip(), request.indicatorLead().strip(),
                request.statutoryPartners(), orEmpty(request.nonStatutoryPartners()), blankToNull(request.steeringGroup()),
                orEmpty(request.subTargets()), orEmpty(request.links()), blankToNull(request.resources()),
                orEmpty(request.risks()).stream().map(r -> new DeliveryPlan.Risk(r.risk(), r.mitigations(), r.owner())).toList(),
                orEmpty(request.activities()).stream().map(a -> new DeliveryPlan.Activity(a.activity(), a.timescale(),
                        a.interimMeasure(), a.measuredHowOften(), a.partner(), a.namedContact())).toList(),
                by, Instant.now(clock));
        request.targets().forEach(t -> plan.target(t.financialYear(), t.reductionPercent()));
        plans.persist(plan);
        audit.change("DELIVERY_PLAN_CREATED", "delivery-plan", plan.id(), partnership + " " + indicator);
        return plan;
    }

    @Transactional
    Page<DeliveryPlan> list(int page, int size) {
        return new Page<>(plans.page(page, size), page, size, plans.count());
    }

    @Transactional
    DeliveryPlan get(UUID id) {
        return plans.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No delivery plan " + id));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
