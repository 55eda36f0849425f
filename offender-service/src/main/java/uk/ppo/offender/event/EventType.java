package uk.ppo.offender.event;

/** What a partner system can tell the scheme about a person besides offences. */
public enum EventType {
    ARREST, CHARGE, COURT_RESULT, CAUTION, CUSTODY_SENTENCE, RELEASE, LICENCE_CONDITION, BREACH, RECALL, INTELLIGENCE,
    /** A move from one prison to another. */
    TRANSFER
}
