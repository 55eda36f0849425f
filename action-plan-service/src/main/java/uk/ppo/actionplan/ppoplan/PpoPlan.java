package uk.ppo.actionplan.ppoplan;

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
import uk.ppo.common.problem.ProblemException;
import uk.ppo.actionplan.history.Stamped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A PPO's plan: targeting (C&C) or intervention (R&R, P&D), with actions owned by agencies. One is
 * active per PPO; drawing up a new one replaces it and carries its open actions over, and the old
 * plan stays as it was, as history.
 */
@Entity
@Table(name = "ppo_plan")
public class PpoPlan extends Stamped {

    @Id
    private UUID id;

    @Column(name = "offender_id", nullable = false)
    private UUID offenderId;

    @Column(name = "scheme_code", nullable = false, length = 20)
    private String schemeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Strand strand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private PlanKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PpoPlanStatus status;

    @Column(name = "replaced_by")
    private UUID replacedBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ppo_plan_action", joinColumns = @JoinColumn(name = "ppo_plan_id"))
    @OrderColumn(name = "position")
    private List<PpoAction> actions = new ArrayList<>();

    protected PpoPlan() {
        // for JPA
    }

    PpoPlan(UUID offenderId, String schemeCode, Strand strand, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.id = UUID.randomUUID();
        this.offenderId = Objects.requireNonNull(offenderId);
        this.schemeCode = Objects.requireNonNull(schemeCode);
        this.strand = Objects.requireNonNull(strand);
        this.kind = PlanKind.forStrand(strand);
        this.status = PpoPlanStatus.ACTIVE;
    }

    /** This plan gives way to its successor, which takes over the actions still open. */
    void replaceBy(PpoPlan successor, String by, Instant at) {
        ensureActive();
        actions.stream().filter(a -> a.status() == PpoActionStatus.OPEN)
                .forEach(a -> successor.actions.add(a.carriedOver(by, at)));
        status = PpoPlanStatus.REPLACED;
        replacedBy = successor.id;
        replacedAt = at;
        touch(by, at);
    }

    PpoAction addAction(ActionArea area, String agency, String text, LocalDate dueOn, UUID raisedAtConference, String by,
                        Instant at) {
        ensureActive();
        PpoAction action = new PpoAction(area, agency, text, dueOn, raisedAtConference, by, at);
        actions.add(action);
        touch(by, at);
        return action;
    }

    PpoAction recordOutcome(UUID actionId, PpoActionStatus result, String outcome, LocalDate on, String by, Instant at) {
        ensureActive();
        if (result == PpoActionStatus.OPEN) {
            throw ProblemException.invalid("status", "an outcome is ACHIEVED or NOT_ACHIEVED");
        }
        PpoAction action = actions.stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The plan has no action " + actionId));
        if (action.status() != PpoActionStatus.OPEN) {
            throw ProblemException.conflict("status", "the action's outcome was already recorded: " + action.status());
        }
        action.recordOutcome(result, outcome, on);
        touch(by, at);
        return action;
    }

    private void ensureActive() {
        if (status != PpoPlanStatus.ACTIVE) {
            throw ProblemException.conflict("status", "the plan was replaced by " + replacedBy + " and is kept as history only");
        }
    }

    public UUID id() { return id; }
    public UUID offenderId() { return offenderId; }
    public String schemeCode() { return schemeCode; }
    public Strand strand() { return strand; }
    public PlanKind kind() { return kind; }
    public PpoPlanStatus status() { return status; }
    public UUID replacedBy() { return replacedBy; }
    public Instant replacedAt() { return replacedAt; }
    public List<PpoAction> actions() { return Collections.unmodifiableList(actions); }
}
