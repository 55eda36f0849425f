package uk.ppo.offender.event;

/** What a partner system can tell the scheme about a person besides offences. */
public enum EventType {
    ARREST, CHARGE, COURT_RESULT, CAUTION, CUSTODY_SENTENCE, RELEASE, LICENCE_CONDITION, BREACH, RECALL, INTELLIGENCE,
    /** A move from one prison to another while in custody (not a transfer between schemes). */
    TRANSFER,
    // The premium service's clocks (003 section 7): a court's bail decision and failure-to-appear warrant
    // (recorded_at is when the PPO team or the police were told), and a sentence plan completed after sentence.
    BAIL_DECISION, FTA_WARRANT, SENTENCE_PLAN;

    /** Custody events: together, in time order, they say whether the person is in custody, where, and until when. */
    public boolean custody() {
        return this == CUSTODY_SENTENCE || this == RECALL || this == TRANSFER || this == RELEASE;
    }
}
