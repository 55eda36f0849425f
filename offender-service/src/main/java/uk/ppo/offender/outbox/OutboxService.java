package uk.ppo.offender.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.security.Entitlements;
import uk.ppo.common.security.Scope;
import uk.ppo.offender.audit.AuditAction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static uk.ppo.offender.NativeValues.instant;

/** Reads the outbox for partners: their schemes' events only, restricted people's only for auditors. */
@ApplicationScoped
class OutboxService {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Entitlements entitlements;
    private final AuditTrail audit;

    OutboxService(EntityManager em, ObjectMapper json, Entitlements entitlements, AuditTrail audit) {
        this.em = em;
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
    OutboxResource.OutboxEventPage after(long after, int limit) {
        Scope scope = entitlements.scope();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT o.sequence, o.id, o.source, o.specversion, o.type, o.subject, o.time, o.datacontenttype, o.data::text
                          FROM outbox_event o
                          JOIN person p ON p.id = o.subject
                          JOIN scheme s ON s.id = p.scheme_id
                         WHERE o.sequence > :after AND p.disposed_at IS NULL
                           AND (CAST(:every AS boolean) OR (o.scheme_code IN (:codes) AND s.code IN (:codes)))
                           AND (CAST(:restricted AS boolean) OR p.restricted_at IS NULL)
                         ORDER BY o.sequence
                         LIMIT :limit""")
                .setParameter("after", after)
                .setParameter("every", scope.coversEveryScheme())
                .setParameter("codes", scope.isEmpty() ? List.of("") : List.copyOf(scope.codes()))
                .setParameter("restricted", entitlements.mayReachRestricted())
                .setParameter("limit", limit)
                .getResultList();
        List<OutboxResource.OutboxEvent> events = new ArrayList<>();
        Set<UUID> people = new LinkedHashSet<>();
        for (Object[] r : rows) {
            UUID subject = (UUID) r[5];
            people.add(subject);
            events.add(new OutboxResource.OutboxEvent(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2],
                    (String) r[3], (String) r[4], subject, instant(r[6]), (String) r[7], data((String) r[8])));
        }
        long next = events.isEmpty() ? after : events.get(events.size() - 1).sequence();
        audit.recordEach(AuditAction.OUTBOX_READ, people, "outbox after=" + after + " events=" + events.size());
        return new OutboxResource.OutboxEventPage(events, next);
    }

    private OutboxEventData data(String stored) {
        try {
            return json.readValue(stored, OutboxEventData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox event's data could not be read", e);
        }
    }
}
