package uk.ppo.offender.person;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.SQLRestriction;
import uk.ppo.offender.scheme.Scheme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * A person known to a PPO scheme. Identity is kept as partners record it; the PPO state (status,
 * strand, review dates) changes only through panel decisions and reviews, whose history is kept
 * elsewhere as rows that are never overwritten.
 * <p>
 * A person disposed of under a retention decision is an anonymised row (its id keeps the partnership's
 * figures true) that no query of this entity returns: to the API they do not exist.
 * <p>
 * Over 300 lines because it maps 44 columns (identity as partners record it, the PPO state, retention and
 * restriction); its behaviour is the few state changes panel decisions and disposal make.
 */
@Entity
@Table(name = "person")
@SQLRestriction("disposed_at is null")
public class Person {

    @Id
    private UUID id;
    @Column(name = "pnc_id", nullable = false, unique = true, length = 13)
    private String pncId;
    @Column(name = "cro_number", unique = true, length = 20)
    private String croNumber;
    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;
    // The names' Double Metaphone keys (NameMatching), kept with the names for the officers' name search
    @Column(name = "last_name_key", length = 16)
    private String lastNameKey;
    @Column(name = "last_name_key_alt", length = 16)
    private String lastNameKeyAlt;
    @Column(name = "first_name_key", length = 16)
    private String firstNameKey;
    @Column(name = "first_name_key_alt", length = 16)
    private String firstNameKeyAlt;
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Gender gender;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Ethnicity ethnicity;
    @Column(name = "home_address", length = 300)
    private String homeAddress;
    @Column(name = "home_area", length = 120)
    private String homeArea;
    @Column(name = "yos_reference", length = 40)
    private String yosReference;
    @Column(name = "probation_reference", length = 40)
    private String probationReference;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "scheme_id", nullable = false)
    private Scheme scheme;
    @Column(name = "lead_officer_name", length = 120)
    private String leadOfficerName;
    @Column(name = "lead_officer_contact", length = 120)
    private String leadOfficerContact;
    @Column(name = "offender_manager_name", length = 120)
    private String offenderManagerName;
    @Column(name = "offender_manager_contact", length = 120)
    private String offenderManagerContact;
    @Column(name = "pnc_marker", nullable = false)
    private boolean pncMarker;
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 1000)
    private List<String> flags = List.of();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PersonStatus status;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Strand strand;
    /** Why the current member is listed; null when not a member or when never recorded. */
    @Enumerated(EnumType.STRING)
    @Column(name = "listed_for", length = 10)
    private ListingBasis listedFor;
    @Column(name = "selected_on")
    private LocalDate selectedOn;
    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;
    @Column(name = "next_review_due")
    private LocalDate nextReviewDue;
    @Column(name = "next_review_pre_release", nullable = false)
    private boolean nextReviewPreRelease;
    @Column(name = "in_custody", nullable = false)
    private boolean inCustody;
    @Column(name = "custody_months")
    private Integer custodyMonths;
    @Column(name = "sentenced_on")
    private LocalDate sentencedOn;
    @Column(name = "expected_release_on")
    private LocalDate expectedReleaseOn;
    @Column(length = 120)
    private String prison;
    @Column(name = "released_on")
    private LocalDate releasedOn;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;
    @Column(name = "restricted_at")
    private Instant restrictedAt;
    @Column(name = "restricted_by", length = 120)
    private String restrictedBy;
    @Column(name = "restriction_reason", length = 500)
    private String restrictionReason;
    /** The IOM cohort beyond PPO the person is managed in (SHORT_SENTENCE, WOMEN_SHORT_SENTENCE, DIP), if any. */
    @Enumerated(EnumType.STRING)
    @Column(name = "iom_category", length = 30)
    private IomCategory iomCategory;
    @Column(name = "iom_since")
    private LocalDate iomSince;
    @Column(name = "mappa_managed", nullable = false)
    private boolean mappaManaged;
    @Column(name = "mappa_since")
    private LocalDate mappaSince;

    protected Person() {
    }

    Person(String pncId, Identity identity, Scheme scheme, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.pncId = pncId;
        this.scheme = scheme;
        this.status = PersonStatus.CANDIDATE;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        apply(identity);
    }

    /** The fields a partner or coordinator records about a person (everything but the PPO state). */
    public record Identity(String croNumber, String firstName, String lastName, LocalDate dateOfBirth,
                           Gender gender, Ethnicity ethnicity, String homeAddress, String homeArea,
                           String yosReference, String probationReference, String leadOfficerName,
                           String leadOfficerContact, String offenderManagerName, String offenderManagerContact,
                           boolean pncMarker, List<String> flags) {
    }

    void apply(Identity identity) {
        this.croNumber = identity.croNumber();
        this.firstName = identity.firstName();
        this.lastName = identity.lastName();
        NameMatching.Keys last = NameMatching.keys(lastName);
        NameMatching.Keys first = NameMatching.keys(firstName);
        this.lastNameKey = last.primary();
        this.lastNameKeyAlt = last.alternate();
        this.firstNameKey = first.primary();
        this.firstNameKeyAlt = first.alternate();
        this.dateOfBirth = identity.dateOfBirth();
        this.gender = identity.gender();
        this.ethnicity = identity.ethnicity();
        this.homeAddress = identity.homeAddress();
        this.homeArea = identity.homeArea();
        this.yosReference = identity.yosReference();
        this.probationReference = identity.probationReference();
        this.leadOfficerName = identity.leadOfficerName();
        this.leadOfficerContact = identity.leadOfficerContact();
        this.offenderManagerName = identity.offenderManagerName();
        this.offenderManagerContact = identity.offenderManagerContact();
        this.pncMarker = identity.pncMarker();
        this.flags = identity.flags() == null ? List.of() : List.copyOf(identity.flags());
    }

    /** Age in whole years on a date. */
    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /**
     * Applies a panel decision's outcome. The rules that decide whether the transition is legal live in
     * the decision package; this only keeps the state consistent (e.g. the review date follows the strand).
     */
    public void changeMembership(PersonStatus newStatus, Strand newStrand, ListingBasis newListedFor, LocalDate decidedOn,
                                 boolean startsMembership) {
        this.status = newStatus;
        this.strand = newStatus.isCurrentPpo() ? newStrand : null;
        this.listedFor = newStatus.isCurrentPpo() ? newListedFor : null;
        if (startsMembership) {
            this.selectedOn = decidedOn;
            this.lastReviewedOn = null;
        }
        schedule(decidedOn);
        if (!newStatus.isCurrentPpo()) {
            this.selectedOn = null;
        }
    }

    /** Applies a panel decision's IOM outcome: the managed cohort beyond PPO and the MAPPA flag. */
    public void changeIom(IomCategory category, boolean mappa, LocalDate decidedOn) {
        if (category != this.iomCategory) {
            this.iomSince = category == null ? null : decidedOn;
        }
        this.iomCategory = category;
        if (mappa != this.mappaManaged) {
            this.mappaSince = mappa ? decidedOn : null;
        }
        this.mappaManaged = mappa;
    }

    /** A review held: the next one falls one strand interval later, or is the amber PPO's pre-release review. */
    public void reviewed(LocalDate on) {
        this.lastReviewedOn = on;
        schedule(on);
    }

    /**
     * The person's custody as their custody events now say, the last of them dated {@code on}. An amber PPO's
     * next review follows it: the pre-release review while in custody, one strand interval after release.
     */
    public void custody(Custody custody, LocalDate on) {
        this.inCustody = custody.inCustody();
        this.custodyMonths = custody.sentenceMonths();
        this.sentencedOn = custody.sentencedOn();
        this.expectedReleaseOn = custody.inCustody() ? custody.expectedReleaseOn() : null;
        this.prison = custody.inCustody() ? custody.prison() : null;
        this.releasedOn = custody.releasedOn();
        if (status == PersonStatus.AMBER) {
            schedule(on);
        }
    }

    /** The scheme's pre-release review days changed: an amber PPO in custody is rescheduled. */
    public void preReleaseDaysChanged() {
        if (status == PersonStatus.AMBER && inCustody) {
            schedule(lastReviewedOn != null ? lastReviewedOn : LocalDate.now());
        }
    }

    private void schedule(LocalDate from) {
        ReviewSchedule.Next next = ReviewSchedule.next(new ReviewSchedule.Input(status, strand, from, lastReviewedOn,
                inCustody ? expectedReleaseOn : null, scheme.preReleaseReviewDays()));
        this.nextReviewDue = next.due();
        this.nextReviewPreRelease = next.preRelease();
    }

    /**
     * Restricts processing (Data Protection Act 2018 s.47): the person is kept, left out of every list, and
     * read only by the data protection officer and auditors until the restriction is lifted.
     */
    public void restrict(String reason, String by, Instant at) {
        this.restrictedAt = at;
        this.restrictedBy = by;
        this.restrictionReason = reason;
    }

    public void liftRestriction() {
        this.restrictedAt = null;
        this.restrictedBy = null;
        this.restrictionReason = null;
    }

    /** Transfer to another scheme; history stays with the person. */
    public void transferTo(Scheme newScheme) {
        this.scheme = newScheme;
        preReleaseDaysChanged();
    }

    public UUID id() { return id; }
    public String pncId() { return pncId; }
    public String croNumber() { return croNumber; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public Gender gender() { return gender; }
    public Ethnicity ethnicity() { return ethnicity; }
    public String homeAddress() { return homeAddress; }
    public String homeArea() { return homeArea; }
    public String yosReference() { return yosReference; }
    public String probationReference() { return probationReference; }
    public Scheme scheme() { return scheme; }
    public String leadOfficerName() { return leadOfficerName; }
    public String leadOfficerContact() { return leadOfficerContact; }
    public String offenderManagerName() { return offenderManagerName; }
    public String offenderManagerContact() { return offenderManagerContact; }
    public boolean pncMarker() { return pncMarker; }
    public List<String> flags() { return flags; }
    public PersonStatus status() { return status; }
    public Strand strand() { return strand; }
    public ListingBasis listedFor() { return listedFor; }
    public LocalDate selectedOn() { return selectedOn; }
    public LocalDate lastReviewedOn() { return lastReviewedOn; }
    public LocalDate nextReviewDue() { return nextReviewDue; }
    public boolean nextReviewPreRelease() { return nextReviewPreRelease; }
    public Custody custody() {
        return new Custody(inCustody, custodyMonths, sentencedOn, expectedReleaseOn, prison, releasedOn);
    }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public boolean restricted() { return restrictedAt != null; }
    public Instant restrictedAt() { return restrictedAt; }
    public String restrictedBy() { return restrictedBy; }
    public String restrictionReason() { return restrictionReason; }
    public IomCategory iomCategory() { return iomCategory; }
    public LocalDate iomSince() { return iomSince; }
    public boolean mappaManaged() { return mappaManaged; }
    public LocalDate mappaSince() { return mappaSince; }
}
