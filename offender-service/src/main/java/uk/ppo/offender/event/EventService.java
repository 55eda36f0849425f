package uk.ppo.offender.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.decision.Agency;
import uk.ppo.offender.offence.PartnerSource;
import uk.ppo.offender.outbox.Outbox;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonService;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static uk.ppo.offender.NativeValues.instant;

@ApplicationScoped
public class EventService {

    private static final String UPSERT = """
            WITH before AS (SELECT type, occurred_at, custody_months FROM partner_event
                             WHERE source_system = :system AND source_id = :sourceId)
            INSERT INTO partner_event (id, person_id, source_system, source_id, type, occurred_at, recorded_at,
                                       source_agency, detail, custody_months, grading, received_at, received_by)
            VALUES (:id, :person, :system, :sourceId, :type, :occurred, :recorded, :agency, :detail, :months, :grading, now(), :by)
            ON CONFLICT (source_system, source_id) DO UPDATE
               SET type = EXCLUDED.type, occurred_at = EXCLUDED.occurred_at, recorded_at = EXCLUDED.recorded_at,
                   source_agency = EXCLUDED.source_agency, detail = EXCLUDED.detail,
                   custody_months = EXCLUDED.custody_months, grading = EXCLUDED.grading,
                   received_at = now(), received_by = EXCLUDED.received_by
             WHERE partner_event.person_id = EXCLUDED.person_id
            RETURNING id, (xmax = 0) AS inserted,
                      (SELECT (b.type, b.occurred_at, b.custody_months) FROM before b)
                          IS DISTINCT FROM (partner_event.type, partner_event.occurred_at, partner_event.custody_months) AS changed
            """;

    private final EntityManager em;
    private final PersonService people;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Caller caller;

    EventService(EntityManager em, PersonService people, AuditTrail audit, Outbox outbox, Caller caller) {
        this.em = em;
        this.people = people;
        this.audit = audit;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    EventResource.Pushed push(UUID personId, EventResource.PushEvent event) {
        Person person = people.visible(personId);
        String system = PartnerSource.system(caller, event.sourceSystem());
        Agency agency = agencyOf(PartnerSource.agency(caller, event.sourceAgency() == null ? null : event.sourceAgency().name()));
        Instant now = Instant.now();
        Instant recordedAt = event.recordedAt() == null ? now : event.recordedAt();
        if (event.occurredAt().isAfter(now)) {
            throw ProblemException.invalid("occurredAt", "must not be in the future");
        }
        if (recordedAt.isAfter(now)) {
            throw ProblemException.invalid("recordedAt", "must not be in the future");
        }
        if (recordedAt.isBefore(event.occurredAt())) {
            throw ProblemException.invalid("recordedAt", "must not be before occurredAt");
        }
        if (event.occurredAt().isBefore(person.dateOfBirth().plusYears(10).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            throw ProblemException.invalid("occurredAt", "is before the person's 10th birthday");
        }
        if (event.type() == EventType.CUSTODY_SENTENCE && event.custodyMonths() == null) {
            throw ProblemException.invalid("custodyMonths", "is required for a custodial sentence");
        }
        if (event.type() != EventType.CUSTODY_SENTENCE && event.custodyMonths() != null) {
            throw ProblemException.invalid("custodyMonths", "only applies to CUSTODY_SENTENCE");
        }
        if (event.type() == EventType.INTELLIGENCE && event.grading() == null) {
            throw ProblemException.invalid("grading", "is required for an intelligence report");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(UPSERT)
                .setParameter("id", UUID.randomUUID())
                .setParameter("person", personId)
                .setParameter("system", system)
                .setParameter("sourceId", event.sourceId())
                .setParameter("type", event.type().name())
                .setParameter("occurred", Timestamp.from(event.occurredAt()))
                .setParameter("recorded", Timestamp.from(recordedAt))
                .setParameter("agency", agency.name())
                .setParameter("detail", event.detail())
                .setParameter("months", event.custodyMonths())
                .setParameter("grading", event.grading())
                .setParameter("by", caller.username())
                .getResultList();
        Object[] row = rows.stream().findFirst().orElseThrow(() -> ProblemException.conflict("sourceId",
                "is already used by " + system + " for another person"));
        audit.record(AuditAction.EVENT_RECORD, personId, event.type().name());
        if (Boolean.TRUE.equals(row[2])) {
            // new, or corrected in what partners are sent (a retry of the same event writes nothing)
            outbox.partnerEventRecorded(person.scheme().code(), personId, (UUID) row[0], event.type(),
                    event.occurredAt(), event.custodyMonths());
        }
        CustodyRule.Proposal proposal = event.custodyMonths() == null ? null
                : CustodyRule.proposalFor(event.custodyMonths()).orElse(null);
        return new EventResource.Pushed((UUID) row[0], (Boolean) row[1], proposal);
    }

    /** The token's agency as a partner agency; a token naming none of them cannot push events. */
    private static Agency agencyOf(String agency) {
        try {
            return Agency.valueOf(agency);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your token's agency is not a partner agency that records events");
        }
    }

    @Transactional
    List<EventResource.EventView> ofPerson(UUID personId, EventType type) {
        people.visible(personId);
        audit.record(AuditAction.OFFENCE_READ, personId, "events" + (type == null ? "" : " " + type));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, source_system, source_id, type, occurred_at, recorded_at, source_agency, detail, custody_months, grading
                  FROM partner_event WHERE person_id = :person AND (CAST(:type AS varchar) IS NULL OR type = :type)
                 ORDER BY occurred_at, source_id""")
                .setParameter("person", personId)
                .setParameter("type", type == null ? null : type.name())
                .getResultList();
        List<EventResource.EventView> events = new ArrayList<>();
        for (Object[] r : rows) {
            Integer months = r[8] == null ? null : ((Number) r[8]).intValue();
            events.add(new EventResource.EventView((UUID) r[0], personId, (String) r[1], (String) r[2],
                    EventType.valueOf((String) r[3]), instant(r[4]), instant(r[5]), Agency.valueOf((String) r[6]),
                    (String) r[7], months, (String) r[9],
                    months == null ? null : CustodyRule.proposalFor(months).orElse(null)));
        }
        return events;
    }
}
