package uk.ppo.offender.needs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.ppo.offender.decision.Agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One agency's assessment of one area of a person's needs on a date. History: never changed once written
 * (a later assessment supersedes it), except that disposing of the person empties the note.
 */
@Entity
@Table(name = "needs_assessment")
public class NeedsAssessment {

    @Id
    private UUID id;
    @Column(name = "person_id", nullable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NeedArea area;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NeedLevel level;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private NeedStatus status;
    @Column(name = "on_release")
    private Boolean onRelease;
    @Column(name = "class_a_use")
    private Boolean classAUse;
    @Column(name = "dip_client")
    private Boolean dipClient;
    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Agency agency;
    @Column(length = 2000)
    private String note;
    @Column(name = "recorded_by", nullable = false, length = 120)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected NeedsAssessment() {
    }

    /** An entry without violations ({@link NeedsRules#violation}); the area's flags default to false where they apply. */
    NeedsAssessment(UUID personId, NeedsRules.Entry entry, Agency agency, String note, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.area = entry.area();
        this.level = entry.level();
        this.status = entry.status();
        this.onRelease = entry.area() == NeedArea.ACCOMMODATION ? Boolean.TRUE.equals(entry.onRelease()) : null;
        this.classAUse = entry.area() == NeedArea.DRUGS ? Boolean.TRUE.equals(entry.classAUse()) : null;
        this.dipClient = entry.area() == NeedArea.DRUGS ? Boolean.TRUE.equals(entry.dipClient()) : null;
        this.assessedOn = entry.assessedOn();
        this.agency = agency;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    NeedsRules.Assessed asAssessed() {
        return new NeedsRules.Assessed(id, area, level, status, assessedOn, recordedAt);
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public NeedArea area() { return area; }
    public NeedLevel level() { return level; }
    public NeedStatus status() { return status; }
    public Boolean onRelease() { return onRelease; }
    public Boolean classAUse() { return classAUse; }
    public Boolean dipClient() { return dipClient; }
    public LocalDate assessedOn() { return assessedOn; }
    public Agency agency() { return agency; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
