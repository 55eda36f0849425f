package uk.ppo.actionplan.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A priority (theme) of a partnership plan, e.g. AR "Reducing adult re-offending". */
@Entity
@Table(name = "priority")
public class Priority {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "what_and_why", length = 4000)
    private String whatAndWhy;

    @Column(length = 4000)
    private String outcomes;

    @Column(length = 4000)
    private String hotspots;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    protected Priority() {
        // for JPA
    }

    Priority(UUID planId, String code, String title, String whatAndWhy, String outcomes, String hotspots,
             String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.planId = Objects.requireNonNull(planId);
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.whatAndWhy = whatAndWhy;
        this.outcomes = outcomes;
        this.hotspots = hotspots;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public String code() { return code; }
    public String title() { return title; }
    public String whatAndWhy() { return whatAndWhy; }
    public String outcomes() { return outcomes; }
    public String hotspots() { return hotspots; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
