package uk.ppo.actionplan.history;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.Objects;

/** The columns every editable record of a plan carries: besides its version and creation, who last changed it and when. */
@MappedSuperclass
public abstract class Stamped extends Created {

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 120)
    private String updatedBy;

    protected Stamped() {
        // for JPA
    }

    protected Stamped(String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
    }

    /** Something changed: who and when are kept, and the version moves on. */
    protected final void touch(String by, Instant at) {
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(at);
    }

    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
