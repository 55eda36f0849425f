package uk.ppo.actionplan.deliveryplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static uk.ppo.common.text.Text.blankToNull;

/**
 * Progress of delivery plans' activities and sub-targets: recorded as of a day with evidence, read as history,
 * and summarised as of a day for the partnership's board pack ({@link #progressAsOf}).
 */
@ApplicationScoped
public class DeliveryProgressService {

    private final DeliveryPlanRepository plans;
    private final DeliveryProgressRepository entries;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    DeliveryProgressService(DeliveryPlanRepository plans, DeliveryProgressRepository entries, AuditLog audit) {
        this.plans = plans;
        this.entries = entries;
        this.audit = audit;
    }

    /**
     * Records progress of activity or sub-target {@code number}: 404 for an unknown plan or item (or a number
     * that is not one), 400 for an as-of day in the future or ACHIEVED without evidence.
     */
    @Transactional
    DeliveryProgressRecords.ProgressView record(UUID planId, DeliveryItemKind kind, String number,
                                                DeliveryProgressRecords.RecordProgress request, String by) {
        DeliveryPlan plan = plan(planId);
        PlanItem item = item(plan, kind, number);
        if (request.asOf().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("asOf", "must not be in the future");
        }
        DeliveryProgressRecords.Evidence evidence = request.evidence();
        if (request.status() == DeliveryProgressStatus.ACHIEVED && evidence == null) {
            throw ProblemException.invalid("evidence", "ACHIEVED needs evidence that shows it");
        }
        DeliveryProgress entry = new DeliveryProgress(planId, item, request.status(), request.asOf(),
                blankToNull(request.note()),
                evidence == null ? null : evidence.text().strip(), evidence == null ? null : blankToNull(evidence.link()),
                by, Instant.now(clock));
        entries.persist(entry);
        entries.flush();
        audit.change("DELIVERY_PROGRESS_RECORDED", "delivery-plan", planId,
                label(kind) + " " + item.number() + " " + request.status() + " as of " + request.asOf());
        return DeliveryProgressRecords.ProgressView.of(entry, kind, item.number());
    }

    /** Every progress entry of the activity or sub-target, oldest first (as-of day, then recording). */
    @Transactional
    List<DeliveryProgressRecords.ProgressView> history(UUID planId, DeliveryItemKind kind, String number) {
        PlanItem item = item(plan(planId), kind, number);
        return entries.ofItem(item.id()).stream().sorted(DeliveryPlanViews.EARLIEST_FIRST)
                .map(e -> DeliveryProgressRecords.ProgressView.of(e, kind, item.number())).toList();
    }

    /**
     * For the board pack: every delivery plan (by partnership and indicator) with each activity and sub-target and
     * its latest progress on or before {@code asOf} (null where none was recorded by then). Read-only.
     */
    @Transactional
    public List<DeliveryProgressRecords.PlanProgress> progressAsOf(LocalDate asOf) {
        List<DeliveryPlan> all = plans.all();
        Map<UUID, DeliveryProgress> latest = DeliveryPlanViews.latest(entries.ofPlans(all.stream().map(DeliveryPlan::id).toList()), asOf);
        return all.stream().map(p -> new DeliveryProgressRecords.PlanProgress(p.id(), p.indicator(), p.partnership(), p.title(), asOf,
                p.activities().stream().map(a -> new DeliveryProgressRecords.ItemProgress(DeliveryItemKind.ACTIVITY, a.number(),
                        a.activity(), DeliveryPlanViews.view(latest.get(a.id()), DeliveryItemKind.ACTIVITY, a.number()))).toList(),
                p.subTargets().stream().map(s -> new DeliveryProgressRecords.ItemProgress(DeliveryItemKind.SUB_TARGET, s.number(),
                        s.text(), DeliveryPlanViews.view(latest.get(s.id()), DeliveryItemKind.SUB_TARGET, s.number()))).toList()))
                .toList();
    }

    private DeliveryPlan plan(UUID planId) {
        return plans.findByIdOptional(planId).orElseThrow(() -> ProblemException.notFound("No delivery plan " + planId));
    }

    private static PlanItem item(DeliveryPlan plan, DeliveryItemKind kind, String number) {
        int n;
        try {
            n = Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        int wanted = n;
        var found = kind == DeliveryItemKind.ACTIVITY ? plan.activity(wanted).map(PlanItem.class::cast)
                : plan.subTarget(wanted).map(PlanItem.class::cast);
        // the number is not echoed unless it is one: a path segment is the caller's text
        return found.orElseThrow(() -> ProblemException.notFound("The delivery plan has no " + label(kind)
                + (wanted > 0 ? " " + wanted : " of that number")));
    }

    private static String label(DeliveryItemKind kind) {
        return kind == DeliveryItemKind.ACTIVITY ? "activity" : "sub-target";
    }
}
