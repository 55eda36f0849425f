package uk.ppo.offender.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.security.Entitlements;
import uk.ppo.offender.audit.AuditAction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads the outbox for partners: their schemes' events only, restricted people's only for auditors. */
@ApplicationScoped
class OutboxService {

    private final EntitledOutbox outbox;
    private final ObjectMapper json;
    private final Entitlements entitlements;
    private final AuditTrail audit;

    OutboxService(EntitledOutbox outbox, ObjectMapper json, Entitlements entitlements, AuditTrail audit) {
        this.outbox = outbox;
        this.json = json;
        this.entitlements = entitlements;
        this.audit = audit;
    }

    /**
     * Up to {@code limit} events after sequence {@code after}, oldest first, each about a person the caller may reach:
     * the scheme the event was written for and the person's scheme now must both be in the caller's scope, and a
     * restricted person's events are for auditors. Audited once per person on the page.
     */
    @Transactional
    OutboxRecords.OutboxEventPage after(long after, int limit) {
        List<OutboxRecords.OutboxEvent> events = new ArrayList<>();
        Set<UUID> people = new LinkedHashSet<>();
        for (EntitledOutbox.Event e : outbox.after(after, limit, entitlements.scope(), entitlements.mayReachRestricted())) {
            people.add(e.subject());
            events.add(new OutboxRecords.OutboxEvent(e.sequence(), e.id(), e.source(), e.specversion(), e.type(), e.subject(),
                    e.time(), e.datacontenttype(), data(e.data())));
        }
        long next = events.isEmpty() ? after : events.get(events.size() - 1).sequence();
        audit.recordEach(AuditAction.OUTBOX_READ, people, "outbox after=" + after + " events=" + events.size());
        return new OutboxRecords.OutboxEventPage(events, next);
    }

    private OutboxEventData data(String stored) {
        try {
            return json.readValue(stored, OutboxEventData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox event's data could not be read", e);
        }
    }
}
