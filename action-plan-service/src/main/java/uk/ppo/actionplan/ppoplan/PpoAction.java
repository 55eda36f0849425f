package uk.ppo.actionplan.ppoplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action of a per-PPO plan, owned by an agency, with a due date and, later, its outcome. */
@Embeddable
public class PpoAction {

    @Column(name = "id", nullable = false)
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private ActionArea area;

    @Column(nullable = false, length = 30)
    private String agency;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private PpoActionStatus status;

    @Column(length = 2000)
    private String outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "raised_at_conference")
    private UUID raisedAtConference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    protected PpoAction() {
        // for JPA
    }

    PpoAction(ActionArea area, String agency, String text, LocalDate dueOn, UUID raisedAtConference, String createdBy,
              Instant createdAt) {
        this.id = UUID.randomUUID();
        this.area = area;
        this.agency = agency;
        this.text = text;
        this.dueOn = dueOn;
        this.status = PpoActionStatus.OPEN;
        this.raisedAtConference = raisedAtConference;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A copy, still open, for the plan that replaces this one. */
    PpoAction carriedOver(String by, Instant at) {
        return new PpoAction(area, agency, text, dueOn, raisedAtConference, by, at);
    }

    void recordOutcome(PpoActionStatus result, String outcome, LocalDate on) {
        this.status = result;
        this.outcome = outcome;
        this.outcomeOn = on;
    }

    public UUID id() { return id; }
    public ActionArea area() { return area; }
    public String agency() { return agency; }
    public String text() { return text; }
    public LocalDate dueOn() { return dueOn; }
    public PpoActionStatus status() { return status; }
    public String outcome() { return outcome; }
    public LocalDate outcomeOn() { return outcomeOn; }
    public UUID raisedAtConference() { return raisedAtConference; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
