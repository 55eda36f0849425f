package uk.ppo.hotspot.threshold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The RAG thresholds a partnership (district or county) has set for its areas. */
@Entity
@Table(name = "rag_threshold")
public class RagThreshold {

    @Id
    private UUID id;

    @Column(name = "partnership_code", nullable = false, unique = true, length = 12)
    private String partnershipCode;

    @Column(name = "red_from", nullable = false, precision = 10, scale = 2)
    private BigDecimal redFrom;

    @Column(name = "amber_from", nullable = false, precision = 10, scale = 2)
    private BigDecimal amberFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_basis", nullable = false, length = 20)
    private RateBasis rateBasis;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RagThreshold() {
        // for JPA
    }

    RagThreshold(String partnershipCode, RagThresholds thresholds, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.partnershipCode = Objects.requireNonNull(partnershipCode);
        change(thresholds, by, at);
    }

    void change(RagThresholds thresholds, String by, Instant at) {
        this.redFrom = thresholds.redFrom();
        this.amberFrom = thresholds.amberFrom();
        this.rateBasis = thresholds.basis();
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    String partnershipCode() {
        return partnershipCode;
    }

    RagThresholds thresholds() {
        return new RagThresholds(redFrom, amberFrom, rateBasis);
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
