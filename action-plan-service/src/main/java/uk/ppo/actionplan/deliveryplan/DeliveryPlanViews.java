package uk.ppo.actionplan.deliveryplan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A delivery plan as the API shows it, each activity and sub-target with its latest progress. Pure. */
final class DeliveryPlanViews {

    /** Which of two entries of one item is later: the later as-of day, then the later recording. */
    static final Comparator<DeliveryProgress> EARLIEST_FIRST = Comparator.comparing(DeliveryProgress::asOf)
            .thenComparing(DeliveryProgress::recordedAt).thenComparing(DeliveryProgress::id);

    private DeliveryPlanViews() {
    }

    /** @param entries progress entries (of this plan or more), in any order */
    static DeliveryPlanRecords.DeliveryPlanView of(DeliveryPlan p, List<DeliveryProgress> entries) {
        Map<UUID, DeliveryProgress> latest = latest(entries, null);
        return new DeliveryPlanRecords.DeliveryPlanView(p.id(), p.indicator(), p.title(), p.partnership(), p.definition(),
                p.baselineValue(), p.baselinePeriod(), p.indicatorLead(), p.statutoryPartners(), p.nonStatutoryPartners(),
                p.steeringGroup(),
                p.subTargets().stream().map(DeliverySubTarget::text).toList(),
                p.subTargets().stream().map(s -> new DeliveryPlanRecords.SubTargetView(s.number(), s.text(),
                        view(latest.get(s.id()), DeliveryItemKind.SUB_TARGET, s.number()))).toList(),
                p.links(), p.resources(),
                p.targets().stream().map(DeliveryPlanRecords.TargetView::of).toList(),
                p.risks().stream().map(DeliveryPlanRecords.RiskView::of).toList(),
                p.activities().stream().map(a -> new DeliveryPlanRecords.ActivityView(a.number(), a.activity(), a.timescale(),
                        a.interimMeasure(), a.measuredHowOften(), a.partner(), a.namedContact(),
                        view(latest.get(a.id()), DeliveryItemKind.ACTIVITY, a.number()))).toList(),
                p.version(), p.createdAt(), p.createdBy(), p.updatedAt(), p.updatedBy());
    }

    /** Each item's latest entry with an as-of day on or before {@code day} (null: every entry counts). */
    static Map<UUID, DeliveryProgress> latest(List<DeliveryProgress> entries, LocalDate day) {
        Map<UUID, DeliveryProgress> latest = new HashMap<>();
        for (DeliveryProgress entry : entries) {
            if (day != null && entry.asOf().isAfter(day)) {
                continue;
            }
            latest.merge(entry.itemId(), entry, (a, b) -> EARLIEST_FIRST.compare(a, b) >= 0 ? a : b);
        }
        return latest;
    }

    static DeliveryProgressRecords.ProgressView view(DeliveryProgress entry, DeliveryItemKind item, int number) {
        return entry == null ? null : DeliveryProgressRecords.ProgressView.of(entry, item, number);
    }
}
