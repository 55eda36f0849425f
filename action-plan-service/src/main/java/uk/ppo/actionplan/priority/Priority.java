package uk.ppo.actionplan.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A priority (theme) of a partnership plan, e.g. AR "Reducing adult re-offending": what it is and why, the
 * outcomes sought, its hotspots, what was achieved so far and what is planned (source 001's per-theme pages).
 * Its code is fixed; its wording is edited with a version, each edit keeping the version it replaced.
 */
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

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 120)
    private String updatedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    protected Priority() {
        // for JPA
    }

    Priority(UUID planId, String code, Wording wording, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.planId = Objects.requireNonNull(planId);
        this.code = Objects.requireNonNull(code);
        apply(wording);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Everything about a priority that can be edited. */
    record Wording(String title, String whatAndWhy, String outcomes, String hotspots, String achievements, String plans) {
        Wording {
            Objects.requireNonNull(title);
        }
    }

    Wording wording() {
        return new Wording(title, whatAndWhy, outcomes, hotspots, achievements, plans);
    }

    /**
     * New wording; returns the version it replaces, for the history, or nothing when nothing changed
     * (the version stays).
     */
    java.util.Optional<PriorityVersion> revise(Wording wording, String by, Instant at) {
        Wording before = wording();
        if (before.equals(wording)) {
            return java.util.Optional.empty();
        }
        PriorityVersion replaced = new PriorityVersion(id, version, before,
                updatedAt == null ? createdAt : updatedAt, updatedBy == null ? createdBy : updatedBy, by, at);
        apply(wording);
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
        return java.util.Optional.of(replaced);
    }

    private void apply(Wording wording) {
        this.title = wording.title();
        this.whatAndWhy = wording.whatAndWhy();
        this.outcomes = wording.outcomes();
        this.hotspots = wording.hotspots();
        this.achievements = wording.achievements();
        this.plans = wording.plans();
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public String code() { return code; }
    public String title() { return title; }
    public String whatAndWhy() { return whatAndWhy; }
    public String outcomes() { return outcomes; }
    public String hotspots() { return hotspots; }
    public String achievements() { return achievements; }
    public String plans() { return plans; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
