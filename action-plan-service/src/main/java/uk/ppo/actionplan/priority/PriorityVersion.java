package uk.ppo.actionplan.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A version of a priority that an edit replaced: its wording, who made it and when, who replaced it and when. */
@Entity
@Table(name = "priority_history")
public class PriorityVersion {

    @Id
    private UUID id;

    @Column(name = "priority_id", nullable = false)
    private UUID priorityId;

    @Column(nullable = false)
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "what_and_why", length = 8000)
    private String whatAndWhy;

    @Column(length = 8000)
    private String outcomes;

    @Column(length = 8000)
    private String hotspots;

    @Column(length = 8000)
    private String achievements;

    @Column(length = 8000)
    private String plans;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "made_by", nullable = false, length = 120)
    private String madeBy;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    @Column(name = "replaced_by", nullable = false, length = 120)
    private String replacedBy;

    protected PriorityVersion() {
        // for JPA
    }

    PriorityVersion(UUID priorityId, long version, Priority.Wording wording, Instant madeAt, String madeBy,
                    String replacedBy, Instant replacedAt) {
        this.id = UUID.randomUUID();
        this.priorityId = Objects.requireNonNull(priorityId);
        this.version = version;
        this.title = wording.title();
        this.whatAndWhy = wording.whatAndWhy();
        this.outcomes = wording.outcomes();
        this.hotspots = wording.hotspots();
        this.achievements = wording.achievements();
        this.plans = wording.plans();
        this.madeAt = Objects.requireNonNull(madeAt);
        this.madeBy = Objects.requireNonNull(madeBy);
        this.replacedBy = Objects.requireNonNull(replacedBy);
        this.replacedAt = Objects.requireNonNull(replacedAt);
    }

    Priority.Wording wording() {
        return new Priority.Wording(title, whatAndWhy, outcomes, hotspots, achievements, plans);
    }

    public UUID priorityId() { return priorityId; }
    public long version() { return version; }
    public Instant madeAt() { return madeAt; }
    public String madeBy() { return madeBy; }
    public Instant replacedAt() { return replacedAt; }
    public String replacedBy() { return replacedBy; }
}
