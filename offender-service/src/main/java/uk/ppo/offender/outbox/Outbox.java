package uk.ppo.offender.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.offender.decision.PanelDecision;
import uk.ppo.offender.event.EventType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes events for partners to the outbox (CloudEvents 1.0 attributes, table {@code outbox_event}), always in the
 * caller's transaction: the event is committed with the change it reports, or not at all. Callers write it last,
 * just before their transaction ends (the insert takes the outbox's commit-order lock, migration V13).
 */
@ApplicationScoped
public class Outbox {

    static final String SPEC_VERSION = "1.0";
    static final String DATA_CONTENT_TYPE = "application/json";
    private static final String SOURCE = "/ppo/offender-service/schemes/";

    private final EntityManager em;
    private final ObjectMapper json;

    Outbox(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** A panel decision, written as it was recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decisionRecorded(String schemeCode, PanelDecision decision) {
        append(OutboxEventType.DECISION_RECORDED, decision.personId(), schemeCode, decision.recordedAt(),
                OutboxEventData.decision(schemeCode, decision));
    }

    /** A partner event recorded or corrected; written only when its type is one partners are sent ({@link OutboxEventType#of}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void partnerEventRecorded(String schemeCode, UUID personId, UUID eventId, EventType type, Instant occurredAt,
                                     Integer custodyMonths, java.time.LocalDate expectedReleaseOn) {
        OutboxEventType.of(type).ifPresent(outboxType -> append(outboxType, personId, schemeCode, Instant.now(),
                OutboxEventData.partnerEvent(schemeCode, personId, eventId, type, occurredAt, custodyMonths,
                        expectedReleaseOn)));
    }

    private void append(OutboxEventType type, UUID subject, String schemeCode, Instant time, OutboxEventData data) {
        String body;
        try {
            body = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                        INSERT INTO outbox_event (id, source, specversion, type, subject, time, datacontenttype, data, scheme_code)
                        VALUES (:id, :source, :spec, :type, :subject, :time, :contentType, CAST(:data AS jsonb), :scheme)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("source", SOURCE + schemeCode)
                .setParameter("spec", SPEC_VERSION)
                .setParameter("type", type.cloudEventType())
                .setParameter("subject", subject)
                .setParameter("time", Timestamp.from(time))
                .setParameter("contentType", DATA_CONTENT_TYPE)
                .setParameter("data", body)
                .setParameter("scheme", schemeCode)
                .executeUpdate();
    }
}
