package uk.ppo.offender.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.person.Strand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A review of a current PPO and when the next one falls due. Never changed once written. */
@Entity
@Table(name = "review")
public class Review {

    @Schema(name = "ReviewOutcome", description = "What a review of a current PPO concluded")
    public enum Outcome { CONTINUE, RECOMMEND_MOVE, RECOMMEND_AMBER, RECOMMEND_DESELECT }

    @Id
    private UUID id;
    @Column(name = "person_id", nullable = false)
    private UUID personId;
    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Outcome outcome;
    @Column(length = 4000)
    private String notes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Strand strand;
    @Column(name = "next_review_due", nullable = false)
    private LocalDate nextReviewDue;
    @Column(name = "next_review_pre_release", nullable = false)
    private boolean nextReviewPreRelease;
    @Column(name = "recorded_by", nullable = false, length = 120)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Review() {
    }

    Review(UUID personId, LocalDate reviewedOn, Outcome outcome, String notes, Strand strand, LocalDate nextReviewDue,
           boolean nextReviewPreRelease, String recordedBy, Instant recordedAt) {
        this.nextReviewPreRelease = nextReviewPreRelease;
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.reviewedOn = reviewedOn;
        this.outcome = outcome;
        this.notes = notes;
        this.strand = strand;
        this.nextReviewDue = nextReviewDue;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public LocalDate reviewedOn() { return reviewedOn; }
    public Outcome outcome() { return outcome; }
    public String notes() { return notes; }
    public Strand strand() { return strand; }
    public LocalDate nextReviewDue() { return nextReviewDue; }
    public boolean nextReviewPreRelease() { return nextReviewPreRelease; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
