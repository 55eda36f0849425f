package uk.ppo.actionplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One audited change or read of personal data. Append-only: the table refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEntry {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 120)
    private String actor;

    @Column(nullable = false, length = 300)
    private String roles;

    @Column(length = 60)
    private String agency;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id")
    private UUID subjectId;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(length = 2000)
    private String detail;

    @Column(name = "request_id", length = 128)
    private String requestId;

    @Column(length = 300)
    private String purpose;

    @Column(name = "client_id", length = 120)
    private String client;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant at, String actor, String roles, String agency, String action, String subjectType,
               UUID subjectId, UUID personId, UUID planId, String detail, String requestId, String purpose, String client) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actor = actor;
        this.roles = roles;
        this.agency = agency;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.personId = personId;
        this.planId = planId;
        this.detail = detail;
        this.requestId = requestId;
        this.purpose = purpose;
        this.client = client;
    }

    public UUID id() { return id; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public String roles() { return roles; }
    public String agency() { return agency; }
    public String action() { return action; }
    public String subjectType() { return subjectType; }
    public UUID subjectId() { return subjectId; }
    public UUID personId() { return personId; }
    public UUID planId() { return planId; }
    public String detail() { return detail; }
    public String requestId() { return requestId; }
    public String purpose() { return purpose; }

    public String client() { return client; }
}
