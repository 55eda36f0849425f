package uk.ppo.actionplan.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.ppo.actionplan.history.Stamped;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A priority (theme) of a partnership plan, e.g. AR "Reducing adult re-offending": what it is and why, the
 * outcomes sought, its hotspots, what was achieved so far and what is planned (source 001's per-theme pages).
 * Its code is fixed; its wording is edited with a version, each edit keeping the version it replaced.
 */
@Entity
@Table(name = "priority")
public class Priority extends Stamped {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false, length = 10)
    private String code;

    @Embedded
    private PriorityWording wording;

    protected Priority() {
        // for JPA
    }

    Priority(UUID planId, String code, PriorityWording wording, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.id = UUID.randomUUID();
        this.planId = Objects.requireNonNull(planId);
        this.code = Objects.requireNonNull(code);
        this.wording = Objects.requireNonNull(wording);
    }

    PriorityWording wording() {
        return wording;
    }

    /**
     * New wording; returns the version it replaces, for the history, or nothing when nothing changed
     * (the version stays).
     */
    Optional<PriorityVersion> revise(PriorityWording wording, String by, Instant at) {
        if (this.wording.equals(wording)) {
            return Optional.empty();
        }
        PriorityVersion replaced = new PriorityVersion(id, version(), this.wording,
                updatedAt() == null ? createdAt() : updatedAt(), updatedBy() == null ? createdBy() : updatedBy(), by, at);
        this.wording = wording;
        touch(by, at);
        return java.util.Optional.of(replaced);
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public String code() { return code; }
    public String title() { return wording.title(); }
    public String whatAndWhy() { return wording.whatAndWhy(); }
    public String outcomes() { return wording.outcomes(); }
    public String hotspots() { return wording.hotspots(); }
    public String achievements() { return wording.achievements(); }
    public String plans() { return wording.plans(); }
}
