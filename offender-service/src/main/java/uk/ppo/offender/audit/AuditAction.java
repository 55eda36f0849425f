package uk.ppo.offender.audit;

/** What was done to a person's data. */
public enum AuditAction {
    PERSON_CREATE, PERSON_READ, PERSON_UPDATE, PERSON_SEARCH, STATUS_LOOKUP,
    NOMINATION_CREATE, NOMINATION_READ, DECISION_RECORD, DECISION_READ, REVIEW_RECORD,
    COHORT_READ, REVIEWS_DUE_READ, OFFENCE_RECORD, OFFENCE_READ, EVENT_RECORD, PERFORMANCE_READ,
    /** An attempt refused: a 403 for the caller's role, or a person or scheme out of the caller's scope. */
    ACCESS_REFUSED,
    /** A new version of the retention policy. */
    RETENTION_POLICY_CHANGE
}
