package uk.ppo.scoring.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.ppo.common.audit.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One scoring of a scheme on a date by one matrix version, and the state of its proposal. It is a job (common's
 * {@code jobs}): the lease columns are written by the replica that claims it, and read here only for its progress.
 */
@Entity
@Table(name = "score_run")
public class ScoreRun {

    public enum ProposalStatus { NONE, PROPOSED, PARTIALLY_SUBMITTED, SUBMITTED }

    @Id
    private UUID id;
    @Column(name = "scheme_id", nullable = false)
    private UUID schemeId;
    @Column(name = "scheme_code", length = 20)
    private String schemeCode;
    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;
    @Column(name = "matrix_id", nullable = false)
    private UUID matrixId;
    @Column(name = "matrix_version_number", nullable = false)
    private int matrixVersionNumber;
    @Column(name = "cc_size", nullable = false)
    private int ccSize;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunStatus status;
    @Column(name = "total_people")
    private Integer totalPeople;
    @Column(nullable = false)
    private int scored;
    @Column(length = 500)
    private String failure;
    @Column(name = "cohort_total")
    private Integer cohortTotal;
    @Column(name = "pnd_asset_total")
    private Integer pndAssetTotal;
    @Column(length = 2000)
    private String warnings;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_status", nullable = false, length = 20)
    private ProposalStatus proposalStatus;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "started_by", nullable = false, length = 120)
    private String startedBy;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by", length = 120)
    private String submittedBy;
    @Column(name = "started_roles", length = 200)
    private String startedRoles;
    @Column(name = "started_agency", length = 40)
    private String startedAgency;
    @Column(name = "started_request_id", length = 128)
    private String startedRequestId;
    @Column(name = "started_purpose", length = 200)
    private String startedPurpose;
    @Column(name = "started_client", length = 120)
    private String startedClient;
    @Column(name = "cancelled_by", length = 120)
    private String cancelledBy;
    @Column(name = "claimed_at", insertable = false, updatable = false)
    private Instant claimedAt;
    @Column(name = "attempts", insertable = false, updatable = false)
    private int attempts;
    @Version
    private long version;

    protected ScoreRun() {
    }

    ScoreRun(UUID schemeId, String schemeCode, LocalDate asOf, UUID matrixId, int matrixVersionNumber, int ccSize, Actor startedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.schemeId = schemeId;
        this.schemeCode = schemeCode;
        this.asOf = asOf;
        this.matrixId = matrixId;
        this.matrixVersionNumber = matrixVersionNumber;
        this.ccSize = ccSize;
        this.status = RunStatus.QUEUED;
        this.proposalStatus = ProposalStatus.NONE;
        this.startedBy = cut(startedBy.username(), 120);
        this.startedRoles = cut(startedBy.roles(), 200);
        this.startedAgency = cut(startedBy.agency(), 40);
        this.startedRequestId = cut(startedBy.requestId(), 128);
        this.startedPurpose = cut(startedBy.purpose(), 200);
        this.startedClient = cut(startedBy.client(), 120);
        this.startedAt = at;
    }

    /** Who started the run, as its scores' audit records name them, whichever replica completes it. */
    Actor startedByActor() {
        return new Actor(startedBy, startedRoles == null ? "" : startedRoles, startedAgency, startedRequestId, startedPurpose, startedClient);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    void running(long total, String schemeCode) {
        requireStatus(RunStatus.QUEUED, RunStatus.RUNNING);
        this.status = RunStatus.RUNNING;
        this.totalPeople = (int) total;
        this.scored = 0;
        if (schemeCode != null) {
            this.schemeCode = schemeCode;
        }
    }

    void progress(int scored) {
        this.scored = scored;
    }

    void completed(int scored, int cohortTotal, int pndAssetTotal, java.util.List<String> warnings, Instant at) {
        requireStatus(RunStatus.RUNNING);
        String joined = String.join("\n", warnings);
        this.warnings = joined.isEmpty() ? null : joined.length() > 2000 ? joined.substring(0, 2000) : joined;
        this.status = RunStatus.COMPLETED;
        this.scored = scored;
        this.totalPeople = scored;
        this.cohortTotal = cohortTotal;
        this.pndAssetTotal = pndAssetTotal;
        this.proposalStatus = ProposalStatus.PROPOSED;
        this.finishedAt = at;
    }

    /** Nothing of the run was stored; the reason says why. */
    void failed(String reason, Instant at) {
        this.status = RunStatus.FAILED;
        this.failure = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.scored = 0;
        this.finishedAt = at;
    }

    /** Stopped on request before it finished: nothing of it is stored, and whoever works it stops. */
    void cancelled(String by, Instant at) {
        requireStatus(RunStatus.QUEUED, RunStatus.RUNNING);
        this.status = RunStatus.CANCELLED;
        this.cancelledBy = cut(by, 120);
        this.failure = cut("Cancelled by " + by + " before it finished; nothing was stored.", 500);
        this.scored = 0;
        this.finishedAt = at;
    }

    void submitted(boolean complete, String by, Instant at) {
        if (status != RunStatus.COMPLETED) {
            throw new IllegalStateException("only a completed run's proposal can be submitted");
        }
        this.proposalStatus = complete ? ProposalStatus.SUBMITTED : ProposalStatus.PARTIALLY_SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    private void requireStatus(RunStatus... allowed) {
        for (RunStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new IllegalStateException("run " + id + " is " + status);
    }

    public UUID id() { return id; }
    public UUID schemeId() { return schemeId; }
    public String schemeCode() { return schemeCode; }
    public LocalDate asOf() { return asOf; }
    public UUID matrixId() { return matrixId; }
    public int matrixVersionNumber() { return matrixVersionNumber; }
    public int ccSize() { return ccSize; }
    public RunStatus status() { return status; }
    public Integer totalPeople() { return totalPeople; }
    public int scored() { return scored; }
    public String failure() { return failure; }
    public Integer cohortTotal() { return cohortTotal; }
    public Integer pndAssetTotal() { return pndAssetTotal; }
    public java.util.List<String> warnings() { return warnings == null ? java.util.List.of() : java.util.List.of(warnings.split("\n")); }
    public ProposalStatus proposalStatus() { return proposalStatus; }
    public Instant startedAt() { return startedAt; }
    public String startedBy() { return startedBy; }
    public Instant finishedAt() { return finishedAt; }
    public Instant submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }
    public long version() { return version; }
    public String cancelledBy() { return cancelledBy; }
    /** When the replica working it (or that last worked it) claimed it; null while it waits for its first claim. */
    public Instant claimedAt() { return claimedAt; }
    /** How many times a replica has claimed it: more than 1 when one stopped and another started it again. */
    public int attempts() { return attempts; }
}
