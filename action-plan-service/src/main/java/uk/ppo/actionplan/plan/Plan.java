package uk.ppo.actionplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import uk.ppo.actionplan.schedule.FiscalYear;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.actionplan.history.Stamped;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A partnership's plan for one financial year, such as its community safety agreement. */
@Entity
@Table(name = "plan", uniqueConstraints = @UniqueConstraint(name = "plan_unique_per_partnership_year",
        columnNames = {"partnership", "financial_year", "title"}))
public class Plan extends Stamped {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String partnership;

    @Column(name = "financial_year", nullable = false, length = 7)
    private String financialYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlanStatus status;

    @Column(name = "approved_by", length = 120)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "closed_by", length = 120)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Plan() {
        // for JPA
    }

    /** A new plan, in DRAFT until the partnership approves it. */
    Plan(String title, String partnership, String financialYear, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        if (financialYear == null || !FiscalYear.isFinancialYear(financialYear)) {
            throw new IllegalArgumentException("not a financial year: " + financialYear);
        }
        this.id = UUID.randomUUID();
        this.title = Objects.requireNonNull(title, "title");
        this.partnership = Objects.requireNonNull(partnership, "partnership");
        this.financialYear = financialYear;
        this.status = PlanStatus.DRAFT;
    }

    /** The partnership approves the draft: who and when are kept. */
    void approve(String by, Instant at) {
        if (status != PlanStatus.DRAFT) {
            throw ProblemException.conflict("status", "only a DRAFT plan can be approved; this one is " + status);
        }
        status = PlanStatus.APPROVED;
        approvedBy = Objects.requireNonNull(by);
        approvedAt = Objects.requireNonNull(at);
        recordChange(by, at);
    }

    /** The year is over: the plan becomes read-only. Only an approved plan is closed. */
    void close(String by, Instant at) {
        if (status != PlanStatus.APPROVED) {
            throw ProblemException.conflict("status", "only an APPROVED plan can be closed; this one is " + status);
        }
        status = PlanStatus.CLOSED;
        closedBy = Objects.requireNonNull(by);
        closedAt = Objects.requireNonNull(at);
        touch(by, at);
    }

    /**
     * A change to the plan or one of its parts (priorities, actions): refused once the plan is closed,
     * and it moves the plan's version on, so an If-Match taken before the change goes stale.
     */
    public void recordChange(String by, Instant at) {
        ensureOpen();
        touch(by, at);
    }

    /** A closed plan takes no more changes, progress or milestone updates. */
    public void ensureOpen() {
        if (status == PlanStatus.CLOSED) {
            throw ProblemException.conflict("plan", "the plan " + title + " is CLOSED and takes no more changes");
        }
    }

    public FiscalYear year() {
        return FiscalYear.parse(financialYear);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String partnership() {
        return partnership;
    }

    public String financialYear() {
        return financialYear;
    }

    public PlanStatus status() {
        return status;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
