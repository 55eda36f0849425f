package uk.ppo.actionplan.history;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of a record (a risk, a project): who, when, the record's version after it, what was done and
 * the fields it altered. Append-only; each feature maps its own table onto it.
 */
@MappedSuperclass
public abstract class ChangeRow {

    @Id
    private UUID id;

    @Column(nullable = false)
    private long version;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String by;

    @Column(nullable = false, length = 30)
    private String what;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<FieldChange> changes;

    protected ChangeRow() {
        // for JPA
    }

    protected ChangeRow(long version, Instant at, String by, String what, List<FieldChange> changes) {
        this.id = UUID.randomUUID();
        this.version = version;
        this.at = Objects.requireNonNull(at);
        this.by = Objects.requireNonNull(by);
        this.what = Objects.requireNonNull(what);
        this.changes = List.copyOf(changes);
    }

    public ChangeView view() {
        return new ChangeView(at, by, what, version, changes);
    }
}
