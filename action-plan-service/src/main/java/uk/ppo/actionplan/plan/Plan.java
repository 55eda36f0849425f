package uk.ppo.actionplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A partnership's plan for one financial year, such as its community safety agreement. */
@Entity
@Table(name = "plan", uniqueConstraints = @UniqueConstraint(name = "plan_unique_per_partnership_year",
        columnNames = {"partnership", "financial_year", "title"}))
public class Plan {

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

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    protected Plan() {
        // for JPA
    }

    /** A new plan, in DRAFT until the partnership approves it. */
    Plan(String title, String partnership, String financialYear, String createdBy, Instant createdAt) {
        if (financialYear == null || !FinancialYear.Validator.isFinancialYear(financialYear)) {
            throw new IllegalArgumentException("not a financial year: " + financialYear);
        }
        this.id = UUID.randomUUID();
        this.title = Objects.requireNonNull(title, "title");
        this.partnership = Objects.requireNonNull(partnership, "partnership");
        this.financialYear = financialYear;
        this.status = PlanStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
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

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
