package uk.ppo.offender.offence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An offence as a partner system recorded it. Written by an upsert keyed on the partner's own id. */
@Entity
@Table(name = "offence")
public class Offence {

    @Id
    private UUID id;
    @Column(name = "person_id", nullable = false)
    private UUID personId;
    @Column(name = "source_system", nullable = false, length = 60)
    private String sourceSystem;
    @Column(name = "source_id", nullable = false, length = 120)
    private String sourceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OffenceCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OffenceStatus status;
    @Column(name = "offence_date", nullable = false)
    private LocalDate offenceDate;
    @Column(name = "victim_types", nullable = false, length = 100)
    private String victimTypes;
    @Column(name = "source_agency", length = 20)
    private String sourceAgency;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 120)
    private String recordedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Offence() {
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public String sourceSystem() { return sourceSystem; }
    public String sourceId() { return sourceId; }
    public OffenceCategory category() { return category; }
    public OffenceStatus status() { return status; }
    public LocalDate offenceDate() { return offenceDate; }
    public List<VictimType> victimTypes() {
        return victimTypes.isEmpty() ? List.of() : Arrays.stream(victimTypes.split(",")).map(VictimType::valueOf).toList();
    }
    public String sourceAgency() { return sourceAgency; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
