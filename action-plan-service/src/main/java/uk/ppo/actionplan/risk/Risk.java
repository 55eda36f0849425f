package uk.ppo.actionplan.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.ppo.actionplan.history.FieldChanges;
import uk.ppo.actionplan.history.Stamped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A risk on a partnership's register: what could go wrong, who owns it, how likely and how bad, what mitigates it. */
@Entity
@Table(name = "risk")
public class Risk extends Stamped {

    /** The risk as a partner states it; a create and an update both give all of it. */
    record Content(String partnership, String risk, String cause, String effect, String ownerOrganisation, String ownerJobTitle,
                   Integer likelihood, Integer impact, List<String> mitigations, RiskStatus status, LocalDate identifiedOn,
                   LocalDate reviewDate, LocalDate closedOn, String closingNote, RiskLinkKind linkKind, UUID linkId) {
    }

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String partnership;

    @Column(nullable = false, length = 1000)
    private String risk;

    @Column(length = 1000)
    private String cause;

    @Column(length = 1000)
    private String effect;

    @Column(name = "owner_organisation", length = 120)
    private String ownerOrganisation;

    @Column(name = "owner_job_title", length = 200)
    private String ownerJobTitle;

    private Integer likelihood;

    private Integer impact;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> mitigations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RiskStatus status;

    @Column(name = "identified_on")
    private LocalDate identifiedOn;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closing_note", length = 2000)
    private String closingNote;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "delivery_plan_id")
    private UUID deliveryPlanId;

    @Column(name = "project_id")
    private UUID projectId;

    protected Risk() {
        // for JPA
    }

    Risk(Content content, String by, Instant at) {
        super(by, at);
        this.id = UUID.randomUUID();
        apply(content);
    }

    /** Replaces the content; returns the fields that changed (empty: nothing to record). */
    FieldChanges revise(Content next, String by, Instant at) {
        Content before = content();
        FieldChanges changes = new FieldChanges()
                .compare("partnership", before.partnership(), next.partnership())
                .compare("risk", before.risk(), next.risk())
                .compare("cause", before.cause(), next.cause())
                .compare("effect", before.effect(), next.effect())
                .compare("owner.organisation", before.ownerOrganisation(), next.ownerOrganisation())
                .compare("owner.jobTitle", before.ownerJobTitle(), next.ownerJobTitle())
                .compare("likelihood", before.likelihood(), next.likelihood())
                .compare("impact", before.impact(), next.impact())
                .compare("mitigations", before.mitigations(), next.mitigations())
                .compare("status", before.status(), next.status())
                .compare("identifiedOn", before.identifiedOn(), next.identifiedOn())
                .compare("reviewDate", before.reviewDate(), next.reviewDate())
                .compare("closedOn", before.closedOn(), next.closedOn())
                .compare("closingNote", before.closingNote(), next.closingNote())
                .compare("link.kind", before.linkKind(), next.linkKind())
                .compare("link.id", before.linkId(), next.linkId());
        if (!changes.isEmpty()) {
            apply(next);
            touch(by, at);
        }
        return changes;
    }

    private void apply(Content c) {
        if ((c.likelihood() == null) != (c.impact() == null)) {
            throw new IllegalArgumentException("likelihood and impact are given together");
        }
        if ((c.status() == RiskStatus.CLOSED) != (c.closedOn() != null && c.closingNote() != null)) {
            throw new IllegalArgumentException("a closed risk, and only a closed one, has a closing date and note");
        }
        this.partnership = Objects.requireNonNull(c.partnership());
        this.risk = Objects.requireNonNull(c.risk());
        this.cause = c.cause();
        this.effect = c.effect();
        this.ownerOrganisation = c.ownerOrganisation();
        this.ownerJobTitle = c.ownerJobTitle();
        this.likelihood = c.likelihood();
        this.impact = c.impact();
        this.mitigations = List.copyOf(c.mitigations());
        this.status = Objects.requireNonNull(c.status());
        this.identifiedOn = c.identifiedOn();
        this.reviewDate = c.reviewDate();
        this.closedOn = c.closedOn();
        this.closingNote = c.closingNote();
        this.planId = c.linkKind() == RiskLinkKind.PLAN ? c.linkId() : null;
        this.deliveryPlanId = c.linkKind() == RiskLinkKind.DELIVERY_PLAN ? c.linkId() : null;
        this.projectId = c.linkKind() == RiskLinkKind.PROJECT ? c.linkId() : null;
    }

    Content content() {
        return new Content(partnership, risk, cause, effect, ownerOrganisation, ownerJobTitle, likelihood, impact, mitigations, status,
                identifiedOn, reviewDate, closedOn, closingNote, linkKind(), linkId());
    }

    RiskLinkKind linkKind() {
        return planId != null ? RiskLinkKind.PLAN : deliveryPlanId != null ? RiskLinkKind.DELIVERY_PLAN
                : projectId != null ? RiskLinkKind.PROJECT : null;
    }

    UUID linkId() {
        return planId != null ? planId : deliveryPlanId != null ? deliveryPlanId : projectId;
    }

    /** likelihood × impact, or null while the risk is not yet assessed. */
    Integer score() {
        return likelihood == null ? null : RiskRating.score(likelihood, impact);
    }

    boolean reviewOverdue(LocalDate asOf) {
        return RiskRating.reviewOverdue(status, reviewDate, asOf);
    }

    UUID id() { return id; }
}
