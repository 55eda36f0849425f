package uk.ppo.scoring.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One numbered version of the scoring matrix. Versions are never renumbered or deleted: every score
 * names the version that produced it.
 */
@Entity
@Table(name = "matrix_version")
public class MatrixVersion {

    static final int MIN_LOOK_BACK_MONTHS = 1;
    static final int MAX_LOOK_BACK_MONTHS = 60;

    @Id
    private UUID id;

    @Column(name = "version_number", nullable = false, unique = true)
    private int versionNumber;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    @Column(name = "look_back_months", nullable = false)
    private int lookBackMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MatrixStatus status;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    protected MatrixVersion() {
        // for JPA
    }

    /** A new draft; it becomes usable for scoring only once activated. */
    MatrixVersion(int versionNumber, String name, String description, int lookBackMonths,
                  String createdBy, Instant createdAt) {
        if (versionNumber < 1) {
            throw new IllegalArgumentException("version numbers start at 1, not " + versionNumber);
        }
        if (lookBackMonths < MIN_LOOK_BACK_MONTHS || lookBackMonths > MAX_LOOK_BACK_MONTHS) {
            throw new IllegalArgumentException("look-back must be " + MIN_LOOK_BACK_MONTHS + " to "
                    + MAX_LOOK_BACK_MONTHS + " months, not " + lookBackMonths);
        }
        this.id = UUID.randomUUID();
        this.versionNumber = versionNumber;
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.lookBackMonths = lookBackMonths;
        this.status = MatrixStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public UUID id() {
        return id;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int lookBackMonths() {
        return lookBackMonths;
    }

    public MatrixStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
