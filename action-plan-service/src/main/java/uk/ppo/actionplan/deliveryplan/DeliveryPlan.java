package uk.ppo.actionplan.deliveryplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An indicator delivery plan, e.g. for NI 30 (re-offending of PPOs). */
@Entity
@Table(name = "delivery_plan")
public class DeliveryPlan {

    /** A yearly target: the reduction on the baseline and the value it allows. */
    @Embeddable
    public record Target(
            @Column(name = "financial_year", nullable = false, length = 7) String financialYear,
            @Column(name = "reduction_percent", nullable = false, precision = 5, scale = 2) BigDecimal reductionPercent,
            @Column(name = "target_value", nullable = false) int targetValue) {
    }

    /** A risk or barrier, what mitigates it and who owns it (stored as JSON). */
    public record Risk(String risk, List<String> mitigations, String owner) {
    }

    /** An activity with its timescale, interim measure and how often it is measured, partner and named contact. */
    public record Activity(String activity, String timescale, String interimMeasure, String measuredHowOften, String partner,
                           String namedContact) {
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

    @Column(name = "steering_group", length = 200)
    private String steeringGroup;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sub_targets", nullable = false)
    private List<String> subTargets;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> links;

    @Column(length = 4000)
    private String resources;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Risk> risks;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Activity> activities;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delivery_plan_target", joinColumns = @JoinColumn(name = "delivery_plan_id"))
    @OrderColumn(name = "position")
    private List<Target> targets = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    protected DeliveryPlan() {
        // for JPA
    }

    DeliveryPlan(String indicator, String title, String partnership, String definition, int baselineValue,
                 String baselinePeriod, String indicatorLead, List<String> statutoryPartners,
                 List<String> nonStatutoryPartners, String steeringGroup, List<String> subTargets, List<String> links,
                 String resources, List<Risk> risks, List<Activity> activities, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.indicator = Objects.requireNonNull(indicator);
        this.title = Objects.requireNonNull(title);
        this.partnership = Objects.requireNonNull(partnership);
        this.definition = Objects.requireNonNull(definition);
        this.baselineValue = baselineValue;
        this.baselinePeriod = Objects.requireNonNull(baselinePeriod);
        this.indicatorLead = Objects.requireNonNull(indicatorLead);
        this.statutoryPartners = List.copyOf(statutoryPartners);
        this.nonStatutoryPartners = List.copyOf(nonStatutoryPartners);
        this.steeringGroup = steeringGroup;
        this.subTargets = List.copyOf(subTargets);
        this.links = List.copyOf(links);
        this.resources = resources;
        this.risks = List.copyOf(risks);
        this.activities = List.copyOf(activities);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A target for a year, computed from the baseline; one per year. */
    void target(String financialYear, BigDecimal reductionPercent) {
        if (targets.stream().anyMatch(t -> t.financialYear().equals(financialYear))) {
            throw new IllegalArgumentException("a target for " + financialYear + " is already set");
        }
        targets.add(new Target(financialYear, reductionPercent, IndicatorTarget.targetValue(baselineValue, reductionPercent)));
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
    public List<String> subTargets() { return subTargets; }
    public List<String> links() { return links; }
    public String resources() { return resources; }
    public List<Risk> risks() { return risks; }
    public List<Activity> activities() { return activities; }
    public List<Target> targets() { return Collections.unmodifiableList(targets); }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
