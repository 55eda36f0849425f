package uk.ppo.actionplan.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.ppo.actionplan.history.FieldChanges;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.actionplan.history.Stamped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A project of a partnership (004's project status): its lead, the stage it has reached and its deliverables. */
@Entity
@Table(name = "project")
public class Project extends Stamped {

    /**
     * A deliverable: DONE or OUTSTANDING, changed from the plan or not, the day it was done and a note. Stored as
     * JSON with the day as an ISO date.
     */
    public record Deliverable(String name, DeliverableStatus status, boolean changed, String doneOn, String note) {

        static Deliverable of(String name, DeliverableStatus status, boolean changed, LocalDate doneOn, String note) {
            return new Deliverable(name, status, changed, doneOn == null ? null : doneOn.toString(), note);
        }

        LocalDate doneOnDate() {
            return doneOn == null ? null : LocalDate.parse(doneOn);
        }
    }

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String partnership;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "lead_organisation", length = 120)
    private String leadOrganisation;

    @Column(name = "lead_job_title", nullable = false, length = 200)
    private String leadJobTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProjectStage stage;

    @Column(name = "stage_since", nullable = false)
    private LocalDate stageSince;

    @Column(length = 2000)
    private String note;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Deliverable> deliverables;

    protected Project() {
        // for JPA
    }

    Project(String partnership, String name, String leadOrganisation, String leadJobTitle, ProjectStage stage,
            LocalDate stageSince, String note, List<Deliverable> deliverables, String by, Instant at) {
        super(by, at);
        this.id = UUID.randomUUID();
        this.partnership = Objects.requireNonNull(partnership);
        this.name = Objects.requireNonNull(name);
        this.leadOrganisation = leadOrganisation;
        this.leadJobTitle = Objects.requireNonNull(leadJobTitle);
        this.stage = Objects.requireNonNull(stage);
        this.stageSince = Objects.requireNonNull(stageSince);
        this.note = note;
        this.deliverables = List.copyOf(deliverables);
    }

    /** The project reaches another stage (forward, or back when a stage has to be done again) on {@code on}. */
    FieldChanges moveTo(ProjectStage next, LocalDate on, String nextNote, String by, Instant at) {
        if (next == stage) {
            throw ProblemException.conflict("stage", "the project is already at " + stage);
        }
        if (on.isBefore(stageSince)) {
            throw ProblemException.invalid("on", "must not be before the project reached " + stage + " on " + stageSince);
        }
        FieldChanges changes = new FieldChanges().compare("stage", stage, next).compare("stageSince", stageSince, on)
                .compare("note", note, nextNote);
        stage = next;
        stageSince = on;
        note = nextNote;
        touch(by, at);
        return changes;
    }

    /** A new deliverable, numbered after the last one. */
    FieldChanges addDeliverable(Deliverable deliverable, String by, Instant at) {
        if (deliverables.stream().anyMatch(d -> d.name().equalsIgnoreCase(deliverable.name()))) {
            throw ProblemException.conflict("name", "the project already has a deliverable " + deliverable.name());
        }
        List<Deliverable> next = new ArrayList<>(deliverables);
        next.add(deliverable);
        deliverables = List.copyOf(next);
        touch(by, at);
        return describe(new FieldChanges(), deliverables.size(), null, deliverable);
    }

    /** Replaces deliverable {@code number} (1 is the first). */
    FieldChanges reviseDeliverable(int number, Deliverable revised, String by, Instant at) {
        if (number < 1 || number > deliverables.size()) {
            throw ProblemException.notFound("The project has no deliverable " + number);
        }
        for (int i = 0; i < deliverables.size(); i++) {
            if (i != number - 1 && deliverables.get(i).name().equalsIgnoreCase(revised.name())) {
                throw ProblemException.conflict("name", "the project already has a deliverable " + revised.name());
            }
        }
        Deliverable before = deliverables.get(number - 1);
        List<Deliverable> next = new ArrayList<>(deliverables);
        next.set(number - 1, revised);
        FieldChanges changes = describe(new FieldChanges(), number, before, revised);
        if (!changes.isEmpty()) {
            deliverables = List.copyOf(next);
            touch(by, at);
        }
        return changes;
    }

    private static FieldChanges describe(FieldChanges changes, int number, Deliverable before, Deliverable after) {
        String d = "deliverables[" + number + "].";
        return changes.compare(d + "name", before == null ? null : before.name(), after.name())
                .compare(d + "status", before == null ? null : before.status(), after.status())
                .compare(d + "changed", before == null ? null : before.changed(), after.changed())
                .compare(d + "doneOn", before == null ? null : before.doneOn(), after.doneOn())
                .compare(d + "note", before == null ? null : before.note(), after.note());
    }

    public UUID id() { return id; }
    public String partnership() { return partnership; }
    public String name() { return name; }
    public String leadOrganisation() { return leadOrganisation; }
    public String leadJobTitle() { return leadJobTitle; }
    public ProjectStage stage() { return stage; }
    public LocalDate stageSince() { return stageSince; }
    public String note() { return note; }
    public List<Deliverable> deliverables() { return deliverables; }
}
