package uk.ppo.offender.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One read or change of personal data. Append-only: the table refuses UPDATE and DELETE. */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 120)
    private String username;

    @Column(nullable = false, length = 200)
    private String roles;

    @Column(length = 40)
    private String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "person_id")
    private UUID personId;

    @Column(length = 200)
    private String detail;

    @Column(name = "request_id", length = 128)
    private String requestId;

    @Column(length = 200)
    private String purpose;

    protected AuditRecord() {
    }

    AuditRecord(Instant at, String username, String roles, String agency, AuditAction action, UUID personId,
                String detail, String requestId, String purpose) {
        this.at = at;
        this.username = username;
        this.roles = roles;
        this.agency = agency;
        this.action = action;
        this.personId = personId;
        this.detail = detail;
        this.requestId = requestId;
        this.purpose = purpose;
    }

    public Long id() { return id; }
    public Instant at() { return at; }
    public String username() { return username; }
    public String roles() { return roles; }
    public String agency() { return agency; }
    public AuditAction action() { return action; }
    public UUID personId() { return personId; }
    public String detail() { return detail; }
    public String requestId() { return requestId; }
    public String purpose() { return purpose; }
}
