package uk.ppo.offender.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One version of the retention policy; versions are never changed, a change is the next version. */
@Entity
@Table(name = "retention_policy")
public class RetentionPolicy {

    @Id
    private int version;

    /** The rules as JSON: [{kind, reviewMonths, runsFrom}]. */
    @Column(nullable = false, columnDefinition = "text")
    private String rules;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RetentionPolicy() {
        // for JPA
    }

    RetentionPolicy(int version, String rules, String source, String createdBy, Instant createdAt) {
        this.version = version;
        this.rules = rules;
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public int version() {
        return version;
    }

    String rules() {
        return rules;
    }

    String source() {
        return source;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
