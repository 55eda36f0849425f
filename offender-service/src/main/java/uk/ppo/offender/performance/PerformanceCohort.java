package uk.ppo.offender.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.ppo.offender.person.IomCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A measurement cohort: who was in an IOM cohort of the given schemes on {@code fixedOn}, and the windows compared. */
@Entity
@Table(name = "performance_cohort")
public class PerformanceCohort {

    @Id
    private UUID id;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "scheme_ids", nullable = false, length = 2000)
    private String schemeIds;
    @Column(name = "fixed_on", nullable = false)
    private LocalDate fixedOn;
    @Column(name = "baseline_from", nullable = false)
    private LocalDate baselineFrom;
    @Column(name = "baseline_to", nullable = false)
    private LocalDate baselineTo;
    @Column(name = "follow_up_from", nullable = false)
    private LocalDate followUpFrom;
    @Column(name = "follow_up_to", nullable = false)
    private LocalDate followUpTo;
    @Column(name = "target_reduction_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal targetReductionPercent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IomCategory category;
    @Column(name = "stretch_reduction_percent", precision = 5, scale = 2)
    private BigDecimal stretchReductionPercent;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    protected PerformanceCohort() {
    }

    PerformanceCohort(String name, List<UUID> schemeIds, LocalDate fixedOn, LocalDate baselineFrom, LocalDate baselineTo,
                      LocalDate followUpFrom, LocalDate followUpTo, BigDecimal targetReductionPercent,
                      BigDecimal stretchReductionPercent, IomCategory category, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.schemeIds = schemeIds.stream().distinct().map(UUID::toString).collect(Collectors.joining(","));
        this.fixedOn = fixedOn;
        this.baselineFrom = baselineFrom;
        this.baselineTo = baselineTo;
        this.followUpFrom = followUpFrom;
        this.followUpTo = followUpTo;
        this.targetReductionPercent = targetReductionPercent;
        this.category = category;
        this.stretchReductionPercent = stretchReductionPercent;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public List<UUID> schemeIds() { return Arrays.stream(schemeIds.split(",")).map(UUID::fromString).toList(); }
    public LocalDate fixedOn() { return fixedOn; }
    public LocalDate baselineFrom() { return baselineFrom; }
    public LocalDate baselineTo() { return baselineTo; }
    public LocalDate followUpFrom() { return followUpFrom; }
    public LocalDate followUpTo() { return followUpTo; }
    public BigDecimal targetReductionPercent() { return targetReductionPercent; }
    public IomCategory category() { return category; }
    public BigDecimal stretchReductionPercent() { return stretchReductionPercent; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
