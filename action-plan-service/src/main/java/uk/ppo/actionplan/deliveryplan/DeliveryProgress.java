package uk.ppo.actionplan.deliveryplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Progress of one activity or sub-target of a delivery plan as of a day, with the evidence a partner gives.
 * Never changed: a later entry supersedes it (the latest {@code asOf}, then the latest recorded).
 */
@Entity
@Immutable
@Table(name = "delivery_plan_progress")
public class DeliveryProgress {

    @Id
    private UUID id;

    @Column(name = "delivery_plan_id", nullable = false)
    private UUID planId;

    @Column(name = "activity_id")
    private UUID activityId;

    @Column(name = "sub_target_id")
    private UUID subTargetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DeliveryProgressStatus status;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(length = 4000)
    private String note;

    @Column(name = "evidence_text", length = 4000)
    private String evidenceText;

    @Column(name = "evidence_link", length = 2000)
    private String evidenceLink;

    @Column(name = "recorded_by", nullable = false, length = 120)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DeliveryProgress() {
        // for JPA
    }

    /** {@code item} is the activity or the sub-target; evidence is required to call it ACHIEVED (the caller names the field). */
    DeliveryProgress(UUID planId, PlanItem item, DeliveryProgressStatus status, LocalDate asOf, String note, String evidenceText,
                     String evidenceLink, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.planId = Objects.requireNonNull(planId);
        if (item instanceof DeliveryActivity) {
            this.activityId = item.id();
        } else if (item instanceof DeliverySubTarget) {
            this.subTargetId = item.id();
        } else {
            throw new IllegalArgumentException("progress is recorded for an activity or a sub-target");
        }
        this.status = Objects.requireNonNull(status);
        if (status == DeliveryProgressStatus.ACHIEVED && evidenceText == null) {
            throw new IllegalArgumentException("ACHIEVED needs evidence");
        }
        this.asOf = Objects.requireNonNull(asOf);
        this.note = note;
        this.evidenceText = evidenceText;
        this.evidenceLink = evidenceLink;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** The activity's or sub-target's id. */
    public UUID itemId() { return activityId != null ? activityId : subTargetId; }
    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public DeliveryProgressStatus status() { return status; }
    public LocalDate asOf() { return asOf; }
    public String note() { return note; }
    public String evidenceText() { return evidenceText; }
    public String evidenceLink() { return evidenceLink; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
