package uk.ppo.scoring.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A scheme's baseline for its cohort trend (aggregate figures only). Recording it again replaces it. */
@Entity
@Table(name = "scheme_baseline")
public class SchemeBaseline {

    @Id
    @Column(name = "scheme_id")
    private UUID schemeId;
    @Column(name = "scheme_code", nullable = false, length = 20)
    private String schemeCode;
    @Column(name = "cohort_total", nullable = false)
    private int cohortTotal;
    @Column(name = "pnd_asset_total", nullable = false)
    private int pndAssetTotal;
    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;
    @Column(name = "reduction_target_percent", nullable = false, precision = 4, scale = 1)
    private BigDecimal reductionTargetPercent;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 120)
    private String recordedBy;

    protected SchemeBaseline() {
    }

    SchemeBaseline(UUID schemeId) {
        this.schemeId = schemeId;
    }

    void set(String schemeCode, int cohortTotal, int pndAssetTotal, LocalDate takenOn, BigDecimal reductionTargetPercent,
             Instant recordedAt, String recordedBy) {
        this.schemeCode = schemeCode;
        this.cohortTotal = cohortTotal;
        this.pndAssetTotal = pndAssetTotal;
        this.takenOn = takenOn;
        this.reductionTargetPercent = reductionTargetPercent;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID schemeId() { return schemeId; }
    public String schemeCode() { return schemeCode; }
    public int cohortTotal() { return cohortTotal; }
    public int pndAssetTotal() { return pndAssetTotal; }
    public LocalDate takenOn() { return takenOn; }
    public BigDecimal reductionTargetPercent() { return reductionTargetPercent; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
