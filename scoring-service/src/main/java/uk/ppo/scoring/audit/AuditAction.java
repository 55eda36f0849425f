package uk.ppo.scoring.audit;

/** What was done with a person's scoring data, or refused. */
public enum AuditAction {
    ASSESSMENT_RECORD, ASSESSMENT_READ, SCORE_RUN,
    /** A queued or running score run stopped on request; it stored nothing. Names no person: the detail names the run. */
    SCORE_RUN_CANCEL,
    SCORE_READ, SCORE_HISTORY_READ, PROPOSAL_READ, PROPOSAL_SUBMIT,
    /** Everything held about a person read for offender-service's subject access job. */
    SUBJECT_ACCESS,
    /** Everything held about a person deleted for offender-service's disposal job; the detail counts what. */
    DISPOSAL,
    /** A 403 for the caller's role, or a 404 on a person or scheme that exists but is outside their scope. */
    ACCESS_REFUSED
}
