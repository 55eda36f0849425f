package uk.ppo.actionplan.deliveryplan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.ppo.actionplan.history.Stamped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An indicator delivery plan, e.g. for NI 30 (re-offending of PPOs). Its activities, sub-targets and risks are
 * numbered: a number stays with its item through every revision, so progress recorded against it keeps its meaning.
 * <p>
 * Over 300 lines because it maps the plan and its numbered activities, sub-targets and risks (25 mapped fields) with
 * the revision rule that keeps each number with its item; the rule needs all of them in one place.
 */
@Entity
@Table(name = "delivery_plan")
public class DeliveryPlan extends Stamped {

    /**
     * A yearly target: the reduction on the baseline and the value it allows, or a note where the plan states no
     * figure ("TBA by applying the common ratio 1.20 ...").
     */
    @Embeddable
    public record Target(
            @Column(name = "financial_year", nullable = false, length = 7) String financialYear,
            @Column(name = "reduction_percent", precision = 5, scale = 2) BigDecimal reductionPercent,
            @Column(name = "target_value") Integer targetValue,
            @Column(name = "note", length = 500) String note) {
    }

    /** What the plan says besides its items and targets. */
    record Content(String title, String definition, int baselineValue, String baselinePeriod, String indicatorLead,
                   List<String> statutoryPartners, List<String> nonStatutoryPartners, String steeringGroup,
                   List<String> links, String resources) {

        Content {
            statutoryPartners = List.copyOf(statutoryPartners);
            nonStatutoryPartners = List.copyOf(nonStatutoryPartners);
            links = List.copyOf(links);
        }
    }

    /** A yearly target as asked for: a reduction, a note, or both. */
    record TargetSpec(String financialYear, BigDecimal reductionPercent, String note) {
    }

    @Id
    private UUID id;

    @Column(nullable = false, length = 20)
    private String indicator;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String partnership;

    @Column(nullable = false, length = 4000)
    private String definition;

    @Column(name = "baseline_value", nullable = false)
    private int baselineValue;

    @Column(name = "baseline_period", nullable = false, length = 200)
    private String baselinePeriod;

    @Column(name = "indicator_lead", nullable = false, length = 200)
    private String indicatorLead;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "statutory_partners", nullable = false)
    private List<String> statutoryPartners;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "non_statutory_partners", nullable = false)
    private List<String> nonStatutoryPartners;

    @Column(name = "steering_group", length = 1000)
    private String steeringGroup;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> links;

    @Column(length = 4000)
    private String resources;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "delivery_plan_id", nullable = false)
    @OrderBy("position")
    private List<DeliverySubTarget> subTargets = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "delivery_plan_id", nullable = false)
    @OrderBy("position")
    private List<DeliveryRisk> risks = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "delivery_plan_id", nullable = false)
    @OrderBy("position")
    private List<DeliveryActivity> activities = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delivery_plan_target", joinColumns = @JoinColumn(name = "delivery_plan_id"))
    @OrderColumn(name = "position")
    private List<Target> targets = new ArrayList<>();

    protected DeliveryPlan() {
        // for JPA
    }

    DeliveryPlan(String indicator, String partnership, Content content, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.id = UUID.randomUUID();
        this.indicator = Objects.requireNonNull(indicator);
        this.partnership = Objects.requireNonNull(partnership);
        write(content);
    }

    /** Rewrites what the plan says; the names of the fields that changed. */
    List<String> write(Content content) {
        List<String> changed = new ArrayList<>();
        if (title != null) {
            Content before = content();
            for (var field : Map.<String, Function<Content, Object>>of("title", Content::title, "definition", Content::definition,
                    "baseline", Content::baselineValue, "baselinePeriod", Content::baselinePeriod,
                    "indicatorLead", Content::indicatorLead, "statutoryPartners", Content::statutoryPartners,
                    "nonStatutoryPartners", Content::nonStatutoryPartners, "steeringGroup", Content::steeringGroup,
                    "links", Content::links, "resources", Content::resources).entrySet()) {
                if (!Objects.equals(field.getValue().apply(before), field.getValue().apply(content))) {
                    changed.add(field.getKey());
                }
            }
            Collections.sort(changed);
        }
        title = Objects.requireNonNull(content.title());
        definition = Objects.requireNonNull(content.definition());
        baselineValue = content.baselineValue();
        baselinePeriod = Objects.requireNonNull(content.baselinePeriod());
        indicatorLead = Objects.requireNonNull(content.indicatorLead());
        statutoryPartners = content.statutoryPartners();
        nonStatutoryPartners = content.nonStatutoryPartners();
        steeringGroup = content.steeringGroup();
        links = content.links();
        resources = content.resources();
        return changed;
    }

    Content content() {
        return new Content(title, definition, baselineValue, baselinePeriod, indicatorLead, statutoryPartners,
                nonStatutoryPartners, steeringGroup, links, resources);
    }

    /**
     * Sets the yearly targets, each value computed from the baseline; true when they changed. One per year (the
     * caller checks that and names the field).
     */
    boolean target(List<TargetSpec> specs) {
        List<Target> next = specs.stream().map(t -> new Target(t.financialYear(), t.reductionPercent(),
                t.reductionPercent() == null ? null : IndicatorTarget.targetValue(baselineValue, t.reductionPercent()),
                t.note())).toList();
        boolean changed = !sameTargets(next);
        if (changed) {
            targets.clear();
            targets.addAll(next);
        }
        return changed;
    }

    private boolean sameTargets(List<Target> next) {
        if (next.size() != targets.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            Target a = next.get(i);
            Target b = targets.get(i);
            boolean sameReduction = a.reductionPercent() == null ? b.reductionPercent() == null
                    : b.reductionPercent() != null && a.reductionPercent().compareTo(b.reductionPercent()) == 0;
            if (!a.financialYear().equals(b.financialYear()) || !sameReduction
                    || !Objects.equals(a.targetValue(), b.targetValue()) || !Objects.equals(a.note(), b.note())) {
                return false;
            }
        }
        return true;
    }

    /** Writes the activities, numbered as {@link ItemNumbering} assigned; what changed, as "activity 2 added". */
    List<String> writeActivities(List<Integer> numbers, List<DeliveryActivity.Content> contents) {
        return writeItems("activity", activities, numbers, contents, DeliveryActivity::write,
                (n, at) -> new DeliveryActivity(n, at, contents.get(at)));
    }

    List<String> writeSubTargets(List<Integer> numbers, List<String> texts) {
        return writeItems("sub-target", subTargets, numbers, texts, DeliverySubTarget::write,
                (n, at) -> new DeliverySubTarget(n, at, texts.get(at)));
    }

    List<String> writeRisks(List<Integer> numbers, List<DeliveryRisk.Content> contents) {
        return writeItems("risk", risks, numbers, contents, DeliveryRisk::write,
                (n, at) -> new DeliveryRisk(n, at, contents.get(at)));
    }

    private static <T extends PlanItem, C> List<String> writeItems(String kind, List<T> items, List<Integer> numbers,
                                                                   List<C> contents, BiPredicate<T, C> rewrite,
                                                                   BiFunction<Integer, Integer, T> create) {
        // changed in place (no clear-and-refill), so Hibernate deletes only the removed rows
        Map<Integer, T> byNumber = items.stream().collect(Collectors.toMap(PlanItem::number, Function.identity()));
        List<String> changes = new ArrayList<>();
        List<T> added = new ArrayList<>();
        for (int at = 0; at < numbers.size(); at++) {
            int number = numbers.get(at);
            T item = byNumber.remove(number);
            if (item == null) {
                added.add(create.apply(number, at));
                changes.add(kind + " " + number + " added");
            } else {
                if (rewrite.test(item, contents.get(at))) {
                    changes.add(kind + " " + number + " revised");
                }
                if (item.position() != at) {
                    item.moveTo(at);
                    changes.add(kind + " " + number + " moved");
                }
            }
        }
        byNumber.keySet().stream().sorted().forEach(n -> changes.add(kind + " " + n + " removed"));
        items.removeIf(item -> byNumber.containsKey(item.number()));
        items.addAll(added);
        return changes;
    }

    /** Something changed: who and when, and the version moves on. */
    void recordChange(String by, Instant at) {
        touch(by, at);
    }

    Optional<DeliveryActivity> activity(int number) {
        return activities.stream().filter(a -> a.number() == number).findFirst();
    }

    Optional<DeliverySubTarget> subTarget(int number) {
        return subTargets.stream().filter(s -> s.number() == number).findFirst();
    }

    private static <T extends PlanItem> List<T> inOrder(List<T> items) {
        return items.stream().sorted(Comparator.comparingInt(PlanItem::position)).toList();
    }

    public UUID id() { return id; }
    public String indicator() { return indicator; }
    public String title() { return title; }
    public String partnership() { return partnership; }
    public String definition() { return definition; }
    public int baselineValue() { return baselineValue; }
    public String baselinePeriod() { return baselinePeriod; }
    public String indicatorLead() { return indicatorLead; }
    public List<String> statutoryPartners() { return statutoryPartners; }
    public List<String> nonStatutoryPartners() { return nonStatutoryPartners; }
    public String steeringGroup() { return steeringGroup; }
    public List<String> links() { return links; }
    public String resources() { return resources; }
    public List<DeliverySubTarget> subTargets() { return inOrder(subTargets); }
    public List<DeliveryRisk> risks() { return inOrder(risks); }
    public List<DeliveryActivity> activities() { return inOrder(activities); }
    public List<Target> targets() { return Collections.unmodifiableList(targets); }
}
