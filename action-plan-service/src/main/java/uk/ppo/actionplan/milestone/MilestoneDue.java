package uk.ppo.actionplan.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** One concrete due date of a milestone, done on a day or not yet. */
@Embeddable
public class MilestoneDue {

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by", length = 120)
    private String doneBy;

    protected MilestoneDue() {
        // for JPA
    }

    MilestoneDue(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    void done(LocalDate on, String by) {
        this.doneOn = on;
        this.doneBy = by;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String doneBy() {
        return doneBy;
    }

    /** Done by the given day. */
    public boolean doneBy(LocalDate day) {
        return doneOn != null && !doneOn.isAfter(day);
    }

    /** Overdue on a day: its due date has passed and it was not done by then. */
    public boolean overdueOn(LocalDate day) {
        return dueOn.isBefore(day) && !doneBy(day);
    }
}
