package uk.ppo.actionplan.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.ppo.actionplan.history.Stamped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A partnership's performance indicator (e.g. East Sussex's NI 30): what it measures, its baseline, its targets. */
@Entity
@Table(name = "indicator")
public class Indicator extends Stamped {

    /** A financial year's target (the value, and the reduction on the baseline it came from if any) and its stretch. */
    @Embeddable
    public record Target(
            @Column(name = "financial_year", nullable = false, length = 7) String financialYear,
            @Column(name = "reduction_percent", precision = 6, scale = 2) BigDecimal reductionPercent,
            @Column(name = "target_value", nullable = false, precision = 14, scale = 4) BigDecimal value,
            @Column(name = "stretch_reduction_percent", precision = 6, scale = 2) BigDecimal stretchReductionPercent,
            @Column(name = "stretch_value", precision = 14, scale = 4) BigDecimal stretchValue) {

        @Override
        public BigDecimal value() {
            return Numbers.plain(value);
        }

        @Override
        public BigDecimal stretchValue() {
            return Numbers.plain(stretchValue);
        }

        @Override
        public BigDecimal reductionPercent() {
            return Numbers.plain(reductionPercent);
        }

        @Override
        public BigDecimal stretchReductionPercent() {
            return Numbers.plain(stretchReductionPercent);
        }
    }

    /** Where the suite can compute the actuals itself; null fields for an indicator partners enter by hand. */
    public record Source(SourceType type, UUID cohortId, String areaCode, List<String> crimeTypes) {
    }

    /** What an indicator is, apart from its identity, targets and audit fields: the whole of an update. */
    record Definition(String partnership, String code, String title, String definition, String unit, Polarity polarity,
                      IndicatorKind kind, Frequency frequency, String baselinePeriod, BigDecimal baselineValue,
                      String leadOrganisation, String leadJobTitle, BigDecimal amberTolerancePercent, Source source) {
    }

    @Id
    private UUID id;
    @Column(nullable = false, length = 200)
    private String partnership;
    @Column(nullable = false, length = 20)
    private String code;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, length = 4000)
    private String definition;
    @Column(nullable = false, length = 100)
    private String unit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Polarity polarity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IndicatorKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Frequency frequency;
    @Column(name = "baseline_period", length = 200)
    private String baselinePeriod;
    @Column(name = "baseline_value", precision = 14, scale = 4)
    private BigDecimal baselineValue;
    @Column(name = "lead_organisation", nullable = false, length = 200)
    private String leadOrganisation;
    @Column(name = "lead_job_title", nullable = false, length = 200)
    private String leadJobTitle;
    @Column(name = "amber_tolerance_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal amberTolerancePercent;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", length = 30)
    private SourceType sourceType;
    @Column(name = "source_cohort_id")
    private UUID sourceCohortId;
    @Column(name = "source_area_code", length = 12)
    private String sourceAreaCode;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_crime_types")
    private List<String> sourceCrimeTypes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("financialYear")
    private List<Target> targets = new ArrayList<>();

    protected Indicator() {
        // for JPA
    }

    Indicator(Definition definition, List<Target> targets, String by, Instant at) {
        super(by, at);
        this.id = UUID.randomUUID();
        revise(definition, targets, by, at);
    }

    /** Replaces the definition and the targets; the version moves on. */
    void revise(Definition d, List<Target> newTargets, String by, Instant at) {
        this.partnership = Objects.requireNonNull(d.partnership());
        this.code = Objects.requireNonNull(d.code());
        this.title = Objects.requireNonNull(d.title());
        this.definition = Objects.requireNonNull(d.definition());
        this.unit = Objects.requireNonNull(d.unit());
        this.polarity = Objects.requireNonNull(d.polarity());
        this.kind = Objects.requireNonNull(d.kind());
        this.frequency = Objects.requireNonNull(d.frequency());
        this.baselinePeriod = d.baselinePeriod();
        this.baselineValue = d.baselineValue();
        this.leadOrganisation = Objects.requireNonNull(d.leadOrganisation());
        this.leadJobTitle = Objects.requireNonNull(d.leadJobTitle());
        this.amberTolerancePercent = Objects.requireNonNull(d.amberTolerancePercent());
        Source s = d.source();
        this.sourceType = s == null ? null : s.type();
        this.sourceCohortId = s == null ? null : s.cohortId();
        this.sourceAreaCode = s == null ? null : s.areaCode();
        this.sourceCrimeTypes = s == null || s.crimeTypes() == null ? null : List.copyOf(s.crimeTypes());
        this.targets.clear();
        this.targets.addAll(newTargets);
        touch(by, at);
    }

    /** The target for a financial year, if one is set. */
    public Optional<Target> targetFor(String financialYear) {
        return targets.stream().filter(t -> t.financialYear().equals(financialYear)).findFirst();
    }

    public UUID id() { return id; }
    public String partnership() { return partnership; }
    public String code() { return code; }
    public String title() { return title; }
    public String definition() { return definition; }
    public String unit() { return unit; }
    public Polarity polarity() { return polarity; }
    public IndicatorKind kind() { return kind; }
    public Frequency frequency() { return frequency; }
    public String baselinePeriod() { return baselinePeriod; }
    public BigDecimal baselineValue() { return Numbers.plain(baselineValue); }
    public String leadOrganisation() { return leadOrganisation; }
    public String leadJobTitle() { return leadJobTitle; }
    public BigDecimal amberTolerancePercent() { return Numbers.plain(amberTolerancePercent); }
    public Optional<Source> source() {
        return sourceType == null ? Optional.empty()
                : Optional.of(new Source(sourceType, sourceCohortId, sourceAreaCode, sourceCrimeTypes));
    }
    public List<Target> targets() { return Collections.unmodifiableList(targets); }
}
