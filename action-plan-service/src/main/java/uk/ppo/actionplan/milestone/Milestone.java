package uk.ppo.actionplan.milestone;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import uk.ppo.actionplan.schedule.FiscalYear;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.actionplan.history.Created;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A milestone of an action: its due specification as the plan states it, resolved to concrete due
 * dates when created (one date, or one per occurrence of a recurrence). Marking it done completes the
 * earliest occurrence not yet done; an ONGOING milestone has no due dates and is done once.
 */
@Entity
@Table(name = "milestone")
public class Milestone extends Created {

    @Id
    private UUID id;

    @Column(name = "action_id", nullable = false)
    private UUID actionId;

    @Column(name = "lead_organisation", length = 120)
    private String leadOrganisation;

    @Column(name = "lead_job_title", length = 120)
    private String leadJobTitle;

    @Column(nullable = false, length = 1000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_kind", nullable = false, length = 12)
    private DueSpec.Kind dueKind;

    @Column(name = "due_value", nullable = false, length = 20)
    private String dueValue;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "milestone_due", joinColumns = @JoinColumn(name = "milestone_id"))
    @OrderColumn(name = "position")
    private List<MilestoneDue> dues = new ArrayList<>();

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected Milestone() {
        // for JPA
    }

    /** A milestone of an action of a plan for the given year. Due before the year starts → 400 naming due. */
    Milestone(UUID actionId, String text, DueSpec due, FiscalYear planYear, String createdBy, Instant createdAt) {
        this(actionId, text, due, planYear, null, null, createdBy, createdAt);
    }

    /** With its own lead (organisation and job title; a job title needs its organisation), or the action's when null. */
    Milestone(UUID actionId, String text, DueSpec due, FiscalYear planYear, String leadOrganisation, String leadJobTitle,
              String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        if (leadJobTitle != null && leadOrganisation == null) {
            throw ProblemException.invalid("lead.organisation", "a lead's job title needs its organisation");
        }
        List<LocalDate> dates = due.dueDates(planYear);
        if (!dates.isEmpty() && dates.get(0).isBefore(planYear.start())) {
            throw ProblemException.invalid("due", "falls due on " + dates.get(0) + ", before the plan's year "
                    + planYear.label() + " starts on " + planYear.start());
        }
        this.id = UUID.randomUUID();
        this.actionId = Objects.requireNonNull(actionId);
        this.text = Objects.requireNonNull(text);
        this.leadOrganisation = leadOrganisation;
        this.leadJobTitle = leadJobTitle;
        this.dueKind = due.kind();
        this.dueValue = due.value();
        dates.forEach(date -> dues.add(new MilestoneDue(date)));
    }

    /**
     * Done on a day: the earliest occurrence not yet done is done; when none is left (or for ONGOING
     * work) the milestone is done. Already done → 409.
     */
    void markDone(LocalDate on, String by) {
        if (doneOn != null) {
            throw ProblemException.conflict("milestone", "the milestone was already done on " + doneOn);
        }
        MilestoneDue next = dues.stream().filter(d -> d.doneOn() == null).findFirst().orElse(null);
        if (next != null) {
            next.done(on, by);
        }
        if (dues.stream().allMatch(d -> d.doneOn() != null)) {
            doneOn = on;
        }
    }

    public DueSpec due() {
        return DueSpec.of(dueKind, dueValue);
    }

    public UUID id() { return id; }
    public UUID actionId() { return actionId; }
    public String text() { return text; }
    public String leadOrganisation() { return leadOrganisation; }
    public String leadJobTitle() { return leadJobTitle; }
    public DueSpec.Kind dueKind() { return dueKind; }
    public String dueValue() { return dueValue; }
    public List<MilestoneDue> dues() { return Collections.unmodifiableList(dues); }
    public LocalDate doneOn() { return doneOn; }
}
