package uk.ppo.scoring.audit;

/** What was done with a person's scoring data. */
public enum AuditAction {
    ASSESSMENT_RECORD, ASSESSMENT_READ, SCORE_RUN, SCORE_READ, SCORE_HISTORY_READ, PROPOSAL_READ, PROPOSAL_SUBMIT
}
