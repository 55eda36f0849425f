package uk.ppo.scoring.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One person in a run's ranked proposal for a strand. */
@Entity
@Table(name = "proposal_entry")
public class ProposalEntry {

    @Id
    private UUID id;
    @Column(name = "run_id", nullable = false)
    private UUID runId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProposalRules.Strand strand;
    @Column(name = "person_id", nullable = false)
    private UUID personId;
    @Column(name = "pnc_id", length = 13)
    private String pncId;
    @Column(nullable = false)
    private int rank;
    @Column(name = "ranking_score", nullable = false)
    private int rankingScore;
    @Column(name = "current_member", nullable = false)
    private boolean currentMember;
    @Column(name = "pending_nominee", nullable = false)
    private boolean pendingNominee;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalRules.Action action;
    @Column(name = "tie_at_cut_off", nullable = false)
    private boolean tieAtCutOff;
    @Column(nullable = false)
    private boolean provisional;
    @Column(name = "nomination_id")
    private UUID nominationId;

    protected ProposalEntry() {
    }

    ProposalEntry(UUID runId, ProposalRules.Entry e) {
        this.id = UUID.randomUUID();
        this.runId = runId;
        this.strand = e.strand();
        this.personId = e.personId();
        this.pncId = e.pncId();
        this.rank = e.rank();
        this.rankingScore = e.rankingScore();
        this.currentMember = e.currentMember();
        this.pendingNominee = e.pendingNominee();
        this.action = e.action();
        this.tieAtCutOff = e.tieAtCutOff();
        this.provisional = e.provisional();
    }

    void nominated(UUID nominationId) {
        this.nominationId = nominationId;
        this.pendingNominee = true;
    }

    public UUID id() { return id; }
    public UUID runId() { return runId; }
    public ProposalRules.Strand strand() { return strand; }
    public UUID personId() { return personId; }
    public String pncId() { return pncId; }
    public int rank() { return rank; }
    public int rankingScore() { return rankingScore; }
    public boolean currentMember() { return currentMember; }
    public boolean pendingNominee() { return pendingNominee; }
    public ProposalRules.Action action() { return action; }
    public boolean tieAtCutOff() { return tieAtCutOff; }
    public boolean provisional() { return provisional; }
    public UUID nominationId() { return nominationId; }
}
