package uk.ppo.scoring.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

    @Convert(converter = RulesConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    private MatrixRules rules;

    /** Set once the version is activated or has scored anyone; from then on it never changes. */
    @Column(nullable = false)
    private boolean used;

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
    MatrixVersion(int versionNumber, String name, String description, MatrixRules rules,
                  String createdBy, Instant createdAt) {
        int lookBackMonths = rules.lookBackMonths();
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
        this.rules = rules;
        this.status = MatrixStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Changes a draft that has never been used; a used version is immutable. */
    void revise(String name, String description, MatrixRules rules) {
        if (used) {
            throw new IllegalStateException("matrix version " + versionNumber + " has been used and cannot change");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.lookBackMonths = rules.lookBackMonths();
    }

    /** Made the version that scores for a scheme or everywhere: from now on immutable. */
    void activate() {
        this.status = MatrixStatus.ACTIVE;
        this.used = true;
    }

    /** A stored score names this version: from now on immutable. */
    void markUsed() {
        this.used = true;
    }

    /** No scope uses it any more (it stays readable: scores name it). */
    void retire() {
        if (status == MatrixStatus.ACTIVE) {
            this.status = MatrixStatus.RETIRED;
        }
    }

    /** The rules, with the look-back window this version scores over. */
    public MatrixRules rules() {
        return rules.withLookBackMonths(lookBackMonths);
    }

    public boolean used() {
        return used;
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
