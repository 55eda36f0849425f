package uk.ppo.actionplan.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    private PriorityWording wording;

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

    PriorityVersion(UUID priorityId, long version, PriorityWording wording, Instant madeAt, String madeBy,
                    String replacedBy, Instant replacedAt) {
        this.id = UUID.randomUUID();
        this.priorityId = Objects.requireNonNull(priorityId);
        this.version = version;
        this.wording = Objects.requireNonNull(wording);
        this.madeAt = Objects.requireNonNull(madeAt);
        this.madeBy = Objects.requireNonNull(madeBy);
        this.replacedBy = Objects.requireNonNull(replacedBy);
        this.replacedAt = Objects.requireNonNull(replacedAt);
    }

    PriorityWording wording() {
        return wording;
    }

    public UUID priorityId() { return priorityId; }
    public long version() { return version; }
    public Instant madeAt() { return madeAt; }
    public String madeBy() { return madeBy; }
    public Instant replacedAt() { return replacedAt; }
    public String replacedBy() { return replacedBy; }
}
