package uk.ppo.offender.outbox;

import uk.ppo.offender.event.EventType;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every CloudEvents {@code type} offender-service writes to its outbox, reverse-DNS and versioned: a partner
 * subscribes to these names, so a change of an event's data that a partner would notice is a new version, not
 * an edit. The partner events that are written (and as what) are the {@code from} of these constants: adding
 * one partner event type is one constant here.
 */
public enum OutboxEventType {
    /** A panel decision: every change of a person's status or strand is one (from and to are in the data). */
    DECISION_RECORDED("uk.ppo.offender.decision.recorded.v1", null),
    CUSTODY_SENTENCED("uk.ppo.offender.custody.sentenced.v1", EventType.CUSTODY_SENTENCE),
    RELEASED("uk.ppo.offender.custody.released.v1", EventType.RELEASE),
    RECALLED("uk.ppo.offender.custody.recalled.v1", EventType.RECALL),
    TRANSFERRED("uk.ppo.offender.custody.transferred.v1", EventType.TRANSFER);

    private final String cloudEventType;
    private final EventType from;

    OutboxEventType(String cloudEventType, EventType from) {
        this.cloudEventType = cloudEventType;
        this.from = from;
    }

    /** The CloudEvents {@code type} attribute. */
    public String cloudEventType() {
        return cloudEventType;
    }

    /** The outbox event a partner event of this type is written as; none for the types partners are not sent. */
    public static Optional<OutboxEventType> of(EventType partnerEvent) {
        return Arrays.stream(values()).filter(t -> t.from != null && t.from == partnerEvent).findFirst();
    }
}
