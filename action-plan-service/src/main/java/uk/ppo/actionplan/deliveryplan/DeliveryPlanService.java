package uk.ppo.actionplan.deliveryplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditEntry;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static uk.ppo.common.text.Text.blankToNull;

/** Delivery plans: create, revise (If-Match, with history), read with each item's latest progress. */
@ApplicationScoped
class DeliveryPlanService {

    private final DeliveryPlanRepository plans;
    private final DeliveryProgressRepository progress;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    DeliveryPlanService(DeliveryPlanRepository plans, DeliveryProgressRepository progress, AuditLog audit) {
        this.plans = plans;
        this.progress = progress;
        this.audit = audit;
    }

    @Transactional
    DeliveryPlanRecords.DeliveryPlanView create(DeliveryPlanRecords.CreateDeliveryPlan request, String by) {
        String indicator = request.indicator().strip();
        String partnership = request.partnership().strip();
        if (plans.exists(partnership, indicator)) {
            throw ProblemException.conflict("indicator", partnership + " already has a delivery plan for " + indicator);
        }
        List<DeliveryPlan.TargetSpec> targets = targets(request.targets());
        DeliveryPlan plan = new DeliveryPlan(indicator, partnership, new DeliveryPlan.Content(request.title().strip(),
                request.definition().strip(), request.baseline(), request.baselinePeriod().strip(), request.indicatorLead().strip(),
                request.statutoryPartners(), orEmpty(request.nonStatutoryPartners()), blankToNull(request.steeringGroup()),
                orEmpty(request.links()), blankToNull(request.resources())), by, Instant.now(clock));
        plan.target(targets);
        List<String> subTargets = orEmpty(request.subTargets()).stream().map(String::strip).toList();
        plan.writeSubTargets(ItemNumbering.assign("subTargets", subTargets.stream().map(s -> (Integer) null).toList(), List.of()).numbers(),
                subTargets);
        writeRisks(plan, orEmpty(request.risks()));
        writeActivities(plan, orEmpty(request.activities()));
        plans.persist(plan);
        plans.flush();
        audit.change("DELIVERY_PLAN_CREATED", "delivery-plan", plan.id(), partnership + " " + indicator);
        return DeliveryPlanViews.of(plan, progress.ofPlans(List.of(plan.id())));
    }

    /**
     * Rewrites the plan as the request reads. 404 unknown, 412 when If-Match is stale, 409 when an activity or
     * sub-target with recorded progress would be removed. A revision that changes nothing leaves the version alone.
     */
    @Transactional
    DeliveryPlanRecords.DeliveryPlanView revise(UUID id, DeliveryPlanRecords.ReviseDeliveryPlan request, Long expectedVersion,
                                                String by) {
        DeliveryPlan plan = plans.findForChange(id).orElseThrow(() -> notFound(id));
        Versions.check(expectedVersion, plan.version(), "The delivery plan");
        List<DeliveryPlan.TargetSpec> targets = targets(request.targets());

        List<DeliveryPlanRecords.SubTargetBody> subTargets = orEmpty(request.subTargets());
        ItemNumbering.Result subTargetNumbers = ItemNumbering.assign("subTargets",
                subTargets.stream().map(DeliveryPlanRecords.SubTargetBody::number).toList(), numbers(plan.subTargets()));
        ItemNumbering.Result activityNumbers = ItemNumbering.assign("activities",
                orEmpty(request.activities()).stream().map(DeliveryPlanRecords.ActivityBody::number).toList(), numbers(plan.activities()));
        refuseRemovingProgress("subTargets", "sub-target", plan.subTargets(), subTargetNumbers.removed());
        refuseRemovingProgress("activities", "activity", plan.activities(), activityNumbers.removed());

        List<String> changes = new ArrayList<>(plan.write(new DeliveryPlan.Content(request.title().strip(), request.definition().strip(),
                request.baseline(), request.baselinePeriod().strip(), request.indicatorLead().strip(), request.statutoryPartners(),
                orEmpty(request.nonStatutoryPartners()), blankToNull(request.steeringGroup()), orEmpty(request.links()),
                blankToNull(request.resources()))));
        if (plan.target(targets)) {
            changes.add("targets");
        }
        changes.addAll(plan.writeSubTargets(subTargetNumbers.numbers(),
                subTargets.stream().map(s -> s.text().strip()).toList()));
        changes.addAll(writeRisks(plan, orEmpty(request.risks())));
        changes.addAll(plan.writeActivities(activityNumbers.numbers(), activities(orEmpty(request.activities()))));
        if (!changes.isEmpty()) {
            plan.recordChange(by, Instant.now(clock));
            plans.flush();
            audit.change("DELIVERY_PLAN_REVISED", "delivery-plan", plan.id(), String.join("; ", changes));
        }
        return DeliveryPlanViews.of(plan, progress.ofPlans(List.of(plan.id())));
    }

    @Transactional
    Page<DeliveryPlanRecords.DeliveryPlanView> list(int page, int size) {
        List<DeliveryPlan> found = plans.page(page, size);
        List<DeliveryProgress> entries = progress.ofPlans(found.stream().map(DeliveryPlan::id).toList());
        return new Page<>(found.stream().map(p -> DeliveryPlanViews.of(p, entries)).toList(), page, size, plans.count());
    }

    @Transactional
    DeliveryPlanRecords.DeliveryPlanView get(UUID id) {
        DeliveryPlan plan = find(id);
        return DeliveryPlanViews.of(plan, progress.ofPlans(List.of(id)));
    }

    /** Every change to the plan, its items and their progress, oldest first. */
    @Transactional
    Page<DeliveryPlanRecords.DeliveryPlanChangeView> history(UUID id, int page, int size) {
        find(id);
        List<AuditEntry> entries = audit.forSubject(id);
        int from = (int) Math.min((long) page * size, entries.size());
        int to = Math.min(from + size, entries.size());
        return new Page<>(entries.subList(from, to), page, size, entries.size())
                .map(e -> new DeliveryPlanRecords.DeliveryPlanChangeView(e.at(), e.actor(), e.roles(), e.agency(), e.action(), e.detail(),
                        e.requestId()));
    }

    /** The plan, or a 404 problem. */
    @Transactional(Transactional.TxType.MANDATORY)
    DeliveryPlan find(UUID id) {
        return plans.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    private void refuseRemovingProgress(String field, String kind, List<? extends PlanItem> items, Set<Integer> removed) {
        List<PlanItem> leaving = items.stream().filter(i -> removed.contains(i.number())).map(i -> (PlanItem) i).toList();
        for (PlanItem item : leaving) {
            if (progress.anyFor(List.of(item.id()))) {
                throw ProblemException.conflict(field, kind + " " + item.number()
                        + " has recorded progress and cannot be removed; keep it in the list with its number");
            }
        }
    }

    private static List<String> writeRisks(DeliveryPlan plan, List<DeliveryPlanRecords.RiskBody> risks) {
        ItemNumbering.Result numbers = ItemNumbering.assign("risks", risks.stream().map(DeliveryPlanRecords.RiskBody::number).toList(),
                numbers(plan.risks()));
        return plan.writeRisks(numbers.numbers(), risks.stream().map(r -> new DeliveryRisk.Content(r.risk().strip(),
                r.mitigations().stream().map(String::strip).toList(), r.owner().strip())).toList());
    }

    private static void writeActivities(DeliveryPlan plan, List<DeliveryPlanRecords.ActivityBody> activities) {
        ItemNumbering.Result numbers = ItemNumbering.assign("activities",
                activities.stream().map(DeliveryPlanRecords.ActivityBody::number).toList(), List.of());
        plan.writeActivities(numbers.numbers(), activities(activities));
    }

    private static List<DeliveryActivity.Content> activities(List<DeliveryPlanRecords.ActivityBody> activities) {
        return activities.stream().map(a -> new DeliveryActivity.Content(a.activity().strip(), blankToNull(a.timescale()),
                blankToNull(a.interimMeasure()), blankToNull(a.measuredHowOften()), blankToNull(a.partner()),
                blankToNull(a.namedContact()))).toList();
    }

    private static List<DeliveryPlan.TargetSpec> targets(List<DeliveryPlanRecords.TargetBody> targets) {
        Set<String> years = new HashSet<>();
        List<DeliveryPlan.TargetSpec> specs = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            DeliveryPlanRecords.TargetBody t = targets.get(i);
            if (!years.add(t.financialYear())) {
                throw ProblemException.invalid("targets[" + i + "].financialYear", "a target for this year is already given");
            }
            String note = blankToNull(t.note());
            if (t.reductionPercent() == null && note == null) {
                throw ProblemException.invalid("targets[" + i + "].reductionPercent", "give a reduction, or a note where the plan states none");
            }
            specs.add(new DeliveryPlan.TargetSpec(t.financialYear(), t.reductionPercent(), note));
        }
        return specs;
    }

    private static List<Integer> numbers(List<? extends PlanItem> items) {
        return items.stream().map(PlanItem::number).toList();
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No delivery plan " + id);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
