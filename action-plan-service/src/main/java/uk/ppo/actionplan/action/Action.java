package uk.ppo.actionplan.action;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.actionplan.history.Stamped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** An action of a partnership plan (AR1, VC2, CH1...) under one of its priorities. */
@Entity
@Table(name = "action")
public class Action extends Stamped {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "priority_id", nullable = false)
    private UUID priorityId;

    @Column(nullable = false, length = 12)
    private String code;

    @Column(nullable = false, length = 2000)
    private String text;

    @Embedded
    private Lead lead;

    @Embedded
    private Cost cost;

    @Column(name = "completion_due")
    private LocalDate completionDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ActionStatus status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    @Column(name = "withdrawn_by", length = 120)
    private String withdrawnBy;

    protected Action() {
        // for JPA
    }

    Action(UUID planId, UUID priorityId, String code, String text, Lead lead, Cost cost, LocalDate completionDue,
           String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.id = UUID.randomUUID();
        this.planId = Objects.requireNonNull(planId);
        this.priorityId = Objects.requireNonNull(priorityId);
        this.code = Objects.requireNonNull(code);
        this.text = Objects.requireNonNull(text);
        this.lead = Objects.requireNonNull(lead);
        this.cost = cost;
        this.completionDue = completionDue;
        this.status = ActionStatus.OPEN;
    }

    /** Rewords the action, its lead, cost or completion date. */
    void revise(String text, Lead lead, Cost cost, LocalDate completionDue, String by, Instant at) {
        this.text = Objects.requireNonNull(text);
        this.lead = Objects.requireNonNull(lead);
        this.cost = cost;
        this.completionDue = completionDue;
        recordChange(by, at);
    }

    /** The action is done: on which day, and who said so. */
    void complete(LocalDate on, String by, Instant at) {
        if (status != ActionStatus.OPEN) {
            throw ProblemException.conflict("status", "only an OPEN action can be completed; " + code + " is " + status);
        }
        status = ActionStatus.COMPLETED;
        completedOn = Objects.requireNonNull(on);
        recordChange(by, at);
    }

    /** The partnership drops the action: from which day, why, and who said so. Only an OPEN action can be withdrawn. */
    void withdraw(String reason, LocalDate on, String by, Instant at) {
        if (status != ActionStatus.OPEN) {
            throw ProblemException.conflict("status", "only an OPEN action can be withdrawn; " + code + " is " + status);
        }
        status = ActionStatus.WITHDRAWN;
        withdrawalReason = Objects.requireNonNull(reason);
        withdrawnOn = Objects.requireNonNull(on);
        withdrawnBy = Objects.requireNonNull(by);
        recordChange(by, at);
    }

    /** Withdrawn on or before the given day. */
    public boolean withdrawnBy(LocalDate day) {
        return status == ActionStatus.WITHDRAWN && !withdrawnOn.isAfter(day);
    }

    /** Something changed on the action or one of its parts (milestones, progress): the version moves on. */
    public void recordChange(String by, Instant at) {
        touch(by, at);
    }

    /** Completed by the given day. */
    public boolean completedBy(LocalDate day) {
        return status == ActionStatus.COMPLETED && !completedOn.isAfter(day);
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public UUID priorityId() { return priorityId; }
    public String code() { return code; }
    public String text() { return text; }
    public Lead lead() { return lead; }
    public Cost cost() { return cost; }
    public LocalDate completionDue() { return completionDue; }
    public ActionStatus status() { return status; }
    public LocalDate completedOn() { return completedOn; }
    public LocalDate withdrawnOn() { return withdrawnOn; }
    public String withdrawalReason() { return withdrawalReason; }
    public String withdrawnBy() { return withdrawnBy; }
}
