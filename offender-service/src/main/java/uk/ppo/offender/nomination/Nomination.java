package uk.ppo.offender.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.decision.Agency;
import uk.ppo.offender.person.ListingBasis;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.Strand;

import java.time.Instant;
import java.util.UUID;

/** A nomination by an agency, pending until a panel decides. */
@Entity
@Table(name = "nomination")
public class Nomination {

    @Schema(name = "NominationStatus", description = "PENDING until a panel selects the person for the strand (ACCEPTED)")
    public enum Status { PENDING, ACCEPTED }

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Strand strand;
    /** Null on nominations made before the basis was asked for (not recorded). */
    @Enumerated(EnumType.STRING)
    @Column(name = "listed_for", length = 10)
    private ListingBasis listedFor;
    @Column(nullable = false, length = 2000)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Agency agency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(name = "nominated_at", nullable = false)
    private Instant nominatedAt;
    @Column(name = "nominated_by", nullable = false, length = 120)
    private String nominatedBy;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Version
    private long version;

    protected Nomination() {
    }

    public Nomination(Person person, Strand strand, ListingBasis listedFor, String reason, Agency agency,
                      String nominatedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.strand = strand;
        this.listedFor = listedFor;
        this.reason = reason;
        this.agency = agency;
        this.status = Status.PENDING;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = at;
    }

    /** The panel selected (or moved) the person onto the nominated strand. */
    public void acceptedBy(UUID decision) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Nomination " + id + " is already " + status);
        }
        this.status = Status.ACCEPTED;
        this.decisionId = decision;
    }

    public UUID id() { return id; }
    public Person person() { return person; }
    public Strand strand() { return strand; }
    public ListingBasis listedFor() { return listedFor; }
    public String reason() { return reason; }
    public Agency agency() { return agency; }
    public Status status() { return status; }
    public Instant nominatedAt() { return nominatedAt; }
    public String nominatedBy() { return nominatedBy; }
    public UUID decisionId() { return decisionId; }
}
