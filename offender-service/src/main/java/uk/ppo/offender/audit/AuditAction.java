package uk.ppo.offender.audit;

/** What was done to a person's data. */
public enum AuditAction {
    PERSON_CREATE, PERSON_READ, PERSON_UPDATE, PERSON_SEARCH, STATUS_LOOKUP,
    /** The officers' name search: one record per candidate returned, one naming no one for a search that found none. */
    STATUS_SEARCH,
    NOMINATION_CREATE, NOMINATION_READ, DECISION_RECORD, DECISION_READ, REVIEW_RECORD,
    COHORT_READ, REVIEWS_DUE_READ, OFFENCE_RECORD, OFFENCE_READ, EVENT_RECORD, PERFORMANCE_READ,
    /** A needs assessment recorded; a person's needs (history or current) read; a scheme's needs summary read. */
    NEEDS_RECORD, NEEDS_READ, NEEDS_SUMMARY_READ,
    /** An attempt refused: a 403 for the caller's role, or a person or scheme out of the caller's scope. */
    ACCESS_REFUSED,
    /** A new version of the retention policy. */
    RETENTION_POLICY_CHANGE,
    /** The person was listed as due for a retention review. */
    RETENTION_REVIEW_READ,
    /** A retention review's outcome (RETAIN or DISPOSE), recorded or read. */
    RETENTION_DECISION, RETENTION_DECISION_READ,
    /** The person's records were disposed of (anonymised here, deleted in the other services). */
    DISPOSAL,
    /** Processing of the person's data restricted, or the restriction lifted (DPA 2018 s.47). */
    RESTRICTION_APPLY, RESTRICTION_LIFT,
    /** A subject-access request made, or its bundle read (DPA 2018 s.45). */
    SUBJECT_ACCESS_REQUEST, SUBJECT_ACCESS_BUNDLE_READ,
    /** Events for partners about the person were read from the outbox. */
    OUTBOX_READ,
    /** An event for partners about the person was delivered to a partner system's webhook. */
    WEBHOOK_DELIVERED,
    /** A service standard redefined, or a year of the bank holiday calendar set (configuration, no person). */
    SERVICE_STANDARD_CHANGE, BANK_HOLIDAYS_CHANGE,
    /** The person was listed on a scheme's amber list or its releases due. */
    AMBER_LIST_READ,
    /** The person's facts were read for a case conference's agenda (action-plan-service, role conference-feed). */
    AGENDA_FACTS_READ
}
