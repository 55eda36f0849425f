package uk.ppo.offender.decision;

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
import uk.ppo.offender.person.IomCategory;
import uk.ppo.offender.person.ListingBasis;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** One panel decision with the state before and after it. Never changed once written. */
@Entity
@Table(name = "panel_decision")
public class PanelDecision {

    @Id
    private UUID id;
    @Column(name = "person_id", nullable = false)
    private UUID personId;
    @Column(name = "scheme_id", nullable = false)
    private UUID schemeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionType type;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Strand strand;
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 40)
    private ReasonCode reasonCode;
    /** PROLIFIC or PRIORITY as the panel gave it (SELECT, or a MOVE restating it); null otherwise and before it was asked for. */
    @Enumerated(EnumType.STRING)
    @Column(name = "listed_for", length = 10)
    private ListingBasis listedFor;
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;
    @Column(nullable = false, length = 4000)
    private String rationale;
    @Column(name = "attending_agencies", nullable = false, length = 400)
    private String attendingAgencies;
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false, length = 20)
    private PersonStatus previousStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_strand", length = 30)
    private Strand previousStrand;
    @Enumerated(EnumType.STRING)
    @Column(name = "resulting_status", nullable = false, length = 20)
    private PersonStatus resultingStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "resulting_strand", length = 30)
    private Strand resultingStrand;
    /** The IOM cohort an IOM_ENTER or IOM_EXIT is about. */
    @Enumerated(EnumType.STRING)
    @Column(name = "iom_category", length = 30)
    private IomCategory iomCategory;
    /** The managed IOM cohort beyond PPO before and after (null: none). */
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_iom_category", length = 30)
    private IomCategory previousIomCategory;
    @Enumerated(EnumType.STRING)
    @Column(name = "resulting_iom_category", length = 30)
    private IomCategory resultingIomCategory;
    @Column(name = "previous_mappa", nullable = false)
    private boolean previousMappa;
    @Column(name = "resulting_mappa", nullable = false)
    private boolean resultingMappa;
    @Column(name = "recorded_by", nullable = false, length = 120)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    /** The needs assessments the panel cited, in the order given. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "panel_decision_need", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "needs_assessment_id", nullable = false)
    private List<UUID> needsAssessmentIds = new java.util.ArrayList<>();

    protected PanelDecision() {
    }

    PanelDecision(UUID personId, UUID schemeId, PanelRules.Request request, LocalDate decidedOn, String rationale,
                  List<Agency> attending, PanelRules.Current before, PanelRules.Outcome after,
                  List<UUID> needsAssessmentIds, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.schemeId = schemeId;
        this.type = request.type();
        this.strand = request.strand();
        this.reasonCode = request.reason();
        this.listedFor = request.listedFor();
        this.decidedOn = decidedOn;
        this.rationale = rationale;
        this.attendingAgencies = attending.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        this.previousStatus = before.status();
        this.previousStrand = before.strand();
        this.resultingStatus = after.status();
        this.resultingStrand = after.strand();
        this.iomCategory = request.iomCategory();
        this.previousIomCategory = before.iom().category();
        this.resultingIomCategory = after.iomCategory();
        this.previousMappa = before.iom().mappa();
        this.resultingMappa = after.mappa();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.needsAssessmentIds = new java.util.ArrayList<>(needsAssessmentIds);
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public UUID schemeId() { return schemeId; }
    public DecisionType type() { return type; }
    public Strand strand() { return strand; }
    public ReasonCode reasonCode() { return reasonCode; }
    public ListingBasis listedFor() { return listedFor; }
    public LocalDate decidedOn() { return decidedOn; }
    public String rationale() { return rationale; }
    public List<Agency> attendingAgencies() {
        return Arrays.stream(attendingAgencies.split(",")).map(Agency::valueOf).toList();
    }
    public PersonStatus previousStatus() { return previousStatus; }
    public Strand previousStrand() { return previousStrand; }
    public PersonStatus resultingStatus() { return resultingStatus; }
    public Strand resultingStrand() { return resultingStrand; }
    public IomCategory iomCategory() { return iomCategory; }
    public IomCategory previousIomCategory() { return previousIomCategory; }
    public IomCategory resultingIomCategory() { return resultingIomCategory; }
    public boolean previousMappa() { return previousMappa; }
    public boolean resultingMappa() { return resultingMappa; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public List<UUID> needsAssessmentIds() { return List.copyOf(needsAssessmentIds); }
}
