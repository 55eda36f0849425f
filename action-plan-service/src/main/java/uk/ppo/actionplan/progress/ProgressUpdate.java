package uk.ppo.actionplan.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import uk.ppo.actionplan.schedule.FiscalQuarter;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A quarterly progress update of an action: RAG and narrative, by whom. Never changed; a later one supersedes it. */
@Entity
@Immutable
@Table(name = "progress_update")
public class ProgressUpdate {

    @Id
    private UUID id;

    @Column(name = "action_id", nullable = false)
    private UUID actionId;

    @Column(nullable = false, length = 10)
    private String quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Rag rag;

    @Column(length = 4000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 120)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProgressUpdate() {
        // for JPA
    }

    ProgressUpdate(UUID actionId, FiscalQuarter quarter, Rag rag, String note, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.actionId = Objects.requireNonNull(actionId);
        this.quarter = quarter.label();
        this.rag = Objects.requireNonNull(rag);
        this.note = note;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public UUID id() { return id; }
    public UUID actionId() { return actionId; }
    public FiscalQuarter quarter() { return FiscalQuarter.parse(quarter); }
    public Rag rag() { return rag; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
