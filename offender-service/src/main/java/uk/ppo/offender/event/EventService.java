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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static uk.ppo.offender.NativeValues.instant;
import static uk.ppo.offender.NativeValues.localDate;

@ApplicationScoped
public class EventService {

    private static final String UPSERT = """
            WITH before AS (SELECT type, occurred_at, custody_months, expected_release_on FROM partner_event
                             WHERE source_system = :system AND source_id = :sourceId)
            INSERT INTO partner_event (id, person_id, source_system, source_id, type, occurred_at, recorded_at,
                                       source_agency, detail, custody_months, expected_release_on, prison, grading,
                                       proposal, received_at, received_by)
            VALUES (:id, :person, :system, :sourceId, :type, :occurred, :recorded, :agency, :detail, :months, :release,
                    :prison, :grading, :proposal, now(), :by)
            ON CONFLICT (source_system, source_id) DO UPDATE
               SET type = EXCLUDED.type, occurred_at = EXCLUDED.occurred_at, recorded_at = EXCLUDED.recorded_at,
                   source_agency = EXCLUDED.source_agency, detail = EXCLUDED.detail,
                   custody_months = EXCLUDED.custody_months, expected_release_on = EXCLUDED.expected_release_on,
                   prison = EXCLUDED.prison, grading = EXCLUDED.grading, proposal = EXCLUDED.proposal,
                   received_at = now(), received_by = EXCLUDED.received_by
             WHERE partner_event.person_id = EXCLUDED.person_id
            RETURNING id, (xmax = 0) AS inserted,
                      (SELECT (b.type, b.occurred_at, b.custody_months, b.expected_release_on) FROM before b)
                          IS DISTINCT FROM (partner_event.type, partner_event.occurred_at, partner_event.custody_months,
                                            partner_event.expected_release_on) AS changed
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
    EventRecords.Pushed push(UUID personId, EventRecords.PushEvent event) {
        // a custody event changes the person's custody and perhaps their review: their row is locked
        Person person = event.type().custody() ? people.visibleForUpdate(personId) : people.visible(personId);
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
        requireCustodyFields(event, () -> custodySteps(personId, system, event.sourceId(), event.occurredAt()));
        CustodyRule.Proposal proposal = switch (event.type()) {
            case CUSTODY_SENTENCE -> CustodyRule.proposalFor(person.strand(), event.custodyMonths()).orElse(null);
            case RELEASE -> CustodyRule.onRelease(person.status()).orElse(null);
            default -> null;
        };
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
                .setParameter("release", event.expectedReleaseOn())
                .setParameter("prison", event.prison() == null ? null : event.prison().strip())
                .setParameter("grading", event.grading())
                .setParameter("proposal", proposal == null ? null : proposal.name())
                .setParameter("by", caller.username())
                .getResultList();
        Object[] row = rows.stream().findFirst().orElseThrow(() -> ProblemException.conflict("sourceId",
                "is already used by " + system + " for another person"));
        audit.record(AuditAction.EVENT_RECORD, personId, event.type().name());
        boolean created = (Boolean) row[1];
        if (event.type().custody() || !created) {
            // the events in time order say it, whatever order they arrive in (a re-sent event may change its type)
            List<CustodyTimeline.Step> steps = custodySteps(personId, null, null, null);
            if (!steps.isEmpty()) {
                person.custody(CustodyTimeline.fold(steps), steps.get(steps.size() - 1).on());
            }
        }
        if (Boolean.TRUE.equals(row[2])) {
            // new, or corrected in what partners are sent (a retry of the same event writes nothing); last in the
            // transaction, as the outbox asks
            outbox.partnerEventRecorded(person.scheme().code(), personId, (UUID) row[0], event.type(),
                    event.occurredAt(), event.custodyMonths(), event.expectedReleaseOn());
        }
        return new EventRecords.Pushed((UUID) row[0], created, proposal);
    }

    /** The fields each custody event needs, and only those; a transfer is of someone in custody at the time. */
    private static void requireCustodyFields(EventRecords.PushEvent event, java.util.function.Supplier<List<CustodyTimeline.Step>> before) {
        EventType type = event.type();
        LocalDate on = dateOf(event.occurredAt());
        LocalDate release = event.expectedReleaseOn();
        if (release == null && (type == EventType.CUSTODY_SENTENCE || type == EventType.RECALL)) {
            throw ProblemException.invalid("expectedReleaseOn", "is required for " + type);
        }
        if (release != null && type != EventType.CUSTODY_SENTENCE && type != EventType.RECALL && type != EventType.TRANSFER) {
            throw ProblemException.invalid("expectedReleaseOn", "only applies to CUSTODY_SENTENCE, RECALL and TRANSFER");
        }
        if (release != null && release.isBefore(on)) {
            throw ProblemException.invalid("expectedReleaseOn", "must not be before the " + type + " (" + on + ")");
        }
        if (type == EventType.CUSTODY_SENTENCE && release.isAfter(on.plusMonths(event.custodyMonths()))) {
            throw ProblemException.invalid("expectedReleaseOn", "must be within the sentence: at most " + event.custodyMonths()
                    + " months after " + on + " (" + on.plusMonths(event.custodyMonths()) + ")");
        }
        if (type == EventType.TRANSFER && event.prison() == null) {
            throw ProblemException.invalid("prison", "is required for a TRANSFER (the prison the person moves to)");
        }
        if (event.prison() != null && type != EventType.CUSTODY_SENTENCE && type != EventType.RECALL && type != EventType.TRANSFER) {
            throw ProblemException.invalid("prison", "only applies to CUSTODY_SENTENCE, RECALL and TRANSFER");
        }
        if (type == EventType.TRANSFER && !CustodyTimeline.fold(before.get()).inCustody()) {
            throw ProblemException.conflict("occurredAt", "the person is not in custody on " + on
                    + " by the custody events recorded; a TRANSFER moves someone between prisons");
        }
    }

    /**
     * The person's custody events in time order; with {@code before}, only those that happened earlier, leaving out
     * the event {@code system}/{@code sourceId} (the one being recorded).
     */
    private List<CustodyTimeline.Step> custodySteps(UUID personId, String system, String sourceId, Instant before) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT type, occurred_at, custody_months, expected_release_on, prison FROM partner_event
                 WHERE person_id = :person AND type IN ('CUSTODY_SENTENCE', 'RECALL', 'TRANSFER', 'RELEASE')
                   AND occurred_at < :before AND NOT (source_system = :system AND source_id = :sourceId)
                 ORDER BY occurred_at, received_at, id""")
                .setParameter("person", personId)
                .setParameter("before", Timestamp.from(before == null ? Instant.parse("9999-12-31T00:00:00Z") : before))
                .setParameter("system", system == null ? "" : system)
                .setParameter("sourceId", sourceId == null ? "" : sourceId)
                .getResultList();
        return rows.stream().map(r -> new CustodyTimeline.Step(EventType.valueOf((String) r[0]), dateOf(instant(r[1])),
                r[2] == null ? null : ((Number) r[2]).intValue(), localDate(r[3]), (String) r[4])).toList();
    }

    private static LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
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
    List<EventRecords.EventView> ofPerson(UUID personId, EventType type) {
        people.visible(personId);
        audit.record(AuditAction.OFFENCE_READ, personId, "events" + (type == null ? "" : " " + type));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, source_system, source_id, type, occurred_at, recorded_at, source_agency, detail, custody_months, grading,
                       expected_release_on, prison, proposal
                  FROM partner_event WHERE person_id = :person AND (CAST(:type AS varchar) IS NULL OR type = :type)
                 ORDER BY occurred_at, source_id""")
                .setParameter("person", personId)
                .setParameter("type", type == null ? null : type.name())
                .getResultList();
        List<EventRecords.EventView> events = new ArrayList<>();
        for (Object[] r : rows) {
            Integer months = r[8] == null ? null : ((Number) r[8]).intValue();
            events.add(new EventRecords.EventView((UUID) r[0], personId, (String) r[1], (String) r[2],
                    EventType.valueOf((String) r[3]), instant(r[4]), instant(r[5]), Agency.valueOf((String) r[6]),
                    (String) r[7], months, localDate(r[10]), (String) r[11], (String) r[9],
                    r[12] == null ? null : CustodyRule.Proposal.valueOf((String) r[12])));
        }
        return events;
    }
}
