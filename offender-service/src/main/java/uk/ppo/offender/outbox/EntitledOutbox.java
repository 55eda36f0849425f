package uk.ppo.offender.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import uk.ppo.common.security.Scope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static uk.ppo.offender.NativeValues.instant;

/**
 * The outbox as one reader may have it: the single place the rule of who may have which event is written, for the
 * readers of {@code GET /api/v1/outbox/events} (their token's scope) and for webhook delivery (a subscriber's scope,
 * with no token at hand). An event is the reader's when the scheme it was written for and the person's scheme now
 * are both in the reader's {@link Scope}; never a disposed person's; a restricted person's only for a reader who may
 * reach restricted people (the data protection officer and auditors).
 */
@ApplicationScoped
public class EntitledOutbox {

    private static final String ENTITLED = """
              FROM outbox_event o
              JOIN person p ON p.id = o.subject
              JOIN scheme s ON s.id = p.scheme_id
             WHERE p.disposed_at IS NULL
               AND (CAST(:every AS boolean) OR (o.scheme_code IN (:codes) AND s.code IN (:codes)))
               AND (CAST(:restricted AS boolean) OR p.restricted_at IS NULL)""";
    private static final String COLUMNS = "SELECT o.sequence, o.id, o.source, o.specversion, o.type, o.subject, o.time,"
            + " o.datacontenttype, o.data::text ";

    /** One event as stored, its {@code data} the stored JSON text. */
    public record Event(long sequence, UUID id, String source, String specversion, String type, UUID subject, Instant time,
                        String datacontenttype, String data) {
    }

    private final EntityManager em;
    private final ObjectMapper json;

    EntitledOutbox(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Up to {@code limit} of the reader's events after sequence {@code after}, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Event> after(long after, int limit, Scope scope, boolean mayReachRestricted) {
        return events(bind(em.createNativeQuery(COLUMNS + ENTITLED + " AND o.sequence > :after ORDER BY o.sequence LIMIT :limit"),
                scope, mayReachRestricted).setParameter("after", after).setParameter("limit", limit));
    }

    /**
     * The reader's events of these CloudEvents types (every type when {@code types} is empty) with sequence in
     * {@code (after, upTo]}, oldest first: their sequence numbers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> sequences(long after, long upTo, Set<String> types, Scope scope, boolean mayReachRestricted) {
        @SuppressWarnings("unchecked")
        List<Number> rows = bind(em.createNativeQuery("SELECT o.sequence " + ENTITLED
                        + " AND o.sequence > :after AND o.sequence <= :upTo"
                        + " AND (CAST(:anyType AS boolean) OR o.type IN (:types)) ORDER BY o.sequence"), scope, mayReachRestricted)
                .setParameter("after", after).setParameter("upTo", upTo)
                .setParameter("anyType", types.isEmpty())
                .setParameter("types", types.isEmpty() ? List.of("") : List.copyOf(types))
                .getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** The event with this sequence number, if it is the reader's now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Event> event(long sequence, Scope scope, boolean mayReachRestricted) {
        return events(bind(em.createNativeQuery(COLUMNS + ENTITLED + " AND o.sequence = :sequence"), scope, mayReachRestricted)
                .setParameter("sequence", sequence)).stream().findFirst();
    }

    /** The outbox's last sequence number within the next {@code window} rows after {@code after} ({@code after} when none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long horizon(long after, int window) {
        Object last = em.createNativeQuery("SELECT max(sequence) FROM (SELECT sequence FROM outbox_event WHERE sequence > :after"
                        + " ORDER BY sequence LIMIT :window) w")
                .setParameter("after", after).setParameter("window", window).getSingleResult();
        return last == null ? after : ((Number) last).longValue();
    }

    /** The outbox's last sequence number (0 when empty). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long end() {
        Object last = em.createNativeQuery("SELECT max(sequence) FROM outbox_event").getSingleResult();
        return last == null ? 0 : ((Number) last).longValue();
    }

    /** An event as a structured-mode CloudEvent 1.0 (JSON), its data as stored. */
    public String cloudEvent(Event e) {
        ObjectNode node = json.createObjectNode();
        node.put("specversion", e.specversion());
        node.put("id", e.id().toString());
        node.put("source", e.source());
        node.put("type", e.type());
        node.put("subject", e.subject().toString());
        node.put("time", e.time().toString());
        node.put("datacontenttype", e.datacontenttype());
        try {
            node.set("data", json.readTree(e.data()));
            return json.writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an outbox event's data could not be read", ex);
        }
    }

    private static Query bind(Query query, Scope scope, boolean mayReachRestricted) {
        return query.setParameter("every", scope.coversEveryScheme())
                .setParameter("codes", scope.isEmpty() ? List.of("") : List.copyOf(scope.codes()))
                .setParameter("restricted", mayReachRestricted);
    }

    private static List<Event> events(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Event> events = new ArrayList<>();
        for (Object[] r : rows) {
            events.add(new Event(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (UUID) r[5], instant(r[6]), (String) r[7], (String) r[8]));
        }
        return events;
    }
}
