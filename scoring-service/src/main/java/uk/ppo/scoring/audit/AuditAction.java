package uk.ppo.scoring.audit;

/** What was done with a person's scoring data, or refused. */
public enum AuditAction {
    ASSESSMENT_RECORD, ASSESSMENT_READ, SCORE_RUN, SCORE_READ, SCORE_HISTORY_READ, PROPOSAL_READ, PROPOSAL_SUBMIT,
    /** A 403 for the caller's role, or a 404 on a person or scheme that exists but is outside their scope. */
    ACCESS_REFUSED
}
