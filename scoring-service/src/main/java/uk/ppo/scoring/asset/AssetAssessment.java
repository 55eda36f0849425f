package uk.ppo.scoring.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One ASSET assessment of a young person. Never changed: a new assessment is a new row. */
@Entity
@Table(name = "asset_assessment")
public class AssetAssessment {

    @Id
    private UUID id;
    @Column(name = "person_id", nullable = false)
    private UUID personId;
    @Column(nullable = false)
    private int score;
    @Column(nullable = false)
    private boolean rosh;
    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "assessor_agency", nullable = false, length = 20)
    private Agency assessorAgency;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 120)
    private String recordedBy;

    protected AssetAssessment() {
    }

    AssetAssessment(UUID personId, int score, boolean rosh, LocalDate assessedOn, Agency assessorAgency,
                    Instant recordedAt, String recordedBy) {
        AssetRules.band(score);
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.score = score;
        this.rosh = rosh;
        this.assessedOn = assessedOn;
        this.assessorAgency = assessorAgency;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public boolean eligibleForPreventAndDeter() {
        return AssetRules.eligibleForPreventAndDeter(score, rosh);
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public int score() { return score; }
    public boolean rosh() { return rosh; }
    public LocalDate assessedOn() { return assessedOn; }
    public Agency assessorAgency() { return assessorAgency; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
