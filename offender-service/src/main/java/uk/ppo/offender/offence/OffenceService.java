package uk.ppo.offender.offence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonRepository;
import uk.ppo.offender.person.PersonService;
import uk.ppo.offender.person.PncId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OffenceService implements PanacheRepositoryBase<Offence, UUID> {

    /** Insert or update by the partner's id; no row back means the id belongs to another person. */
    private static final String UPSERT = """
            INSERT INTO offence (id, person_id, source_system, source_id, category, status, offence_date, victim_types,
                                 source_agency, recorded_at, recorded_by, updated_at, version)
            VALUES (:id, :person, :system, :sourceId, :category, :status, :date, :victims, :agency, now(), :by, now(), 0)
            ON CONFLICT (source_system, source_id) DO UPDATE
               SET category = EXCLUDED.category, status = EXCLUDED.status, offence_date = EXCLUDED.offence_date,
                   victim_types = EXCLUDED.victim_types, source_agency = EXCLUDED.source_agency,
                   updated_at = now(), version = offence.version + 1
             WHERE offence.person_id = EXCLUDED.person_id
            RETURNING id, (xmax = 0) AS inserted
            """;

    public record Stored(UUID id, boolean created) {
    }

    private final EntityManager em;
    private final PersonService people;
    private final PersonRepository personRepository;
    private final AuditTrail audit;
    private final Caller caller;
    private final Validator validator;

    OffenceService(EntityManager em, PersonService people, PersonRepository personRepository, AuditTrail audit,
                   Caller caller, Validator validator) {
        this.em = em;
        this.people = people;
        this.personRepository = personRepository;
        this.audit = audit;
        this.caller = caller;
        this.validator = validator;
    }

    @Transactional
    Stored push(UUID personId, OffenceRecords.PushOffence offence) {
        Person person = people.visible(personId);
        String system = PartnerSource.system(caller, offence.sourceSystem());
        String agency = PartnerSource.agency(caller, offence.sourceAgency());
        problems(person, offence).stream().findFirst().ifPresent(p -> {
            throw ProblemException.invalid(p.field(), p.message());
        });
        Stored stored = upsert(person, system, agency, offence)
                .orElseThrow(() -> ProblemException.conflict("sourceId", "is already used by " + system
                        + " for another person"));
        audit.record(AuditAction.OFFENCE_RECORD, personId, system + "/" + offence.sourceId());
        return stored;
    }

    /**
     * Bulk push. Every record is checked first; the valid ones are then stored in this one transaction
     * (all of them or, on failure, none), and each record's result is reported.
     */
    @Transactional
    OffenceRecords.BulkResult bulk(List<OffenceRecords.BulkOffence> records) {
        String system = PartnerSource.system(caller, null);
        String agency = PartnerSource.agency(caller, null);
        Map<String, Person> byPnc = new HashMap<>();
        Set<String> pncs = records.stream().map(r -> PncId.canonical(r.pncId()).orElse(null))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (!pncs.isEmpty()) {
            personRepository.list("pncId in ?1", pncs).stream()
                    .filter(p -> caller.maySee(p.scheme().code()))
                    .forEach(p -> byPnc.put(p.pncId(), p));
        }
        OffenceRecords.RecordResult[] results = new OffenceRecords.RecordResult[records.size()];
        List<Integer> valid = new ArrayList<>();
        Map<Integer, Person> personOf = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            OffenceRecords.BulkOffence record = records.get(i);
            List<String> errors = new ArrayList<>();
            for (ConstraintViolation<OffenceRecords.BulkOffence> v : validator.validate(record)) {
                errors.add(v.getPropertyPath() + ": " + v.getMessage());
            }
            Person person = PncId.canonical(record.pncId()).map(byPnc::get).orElse(null);
            String refusal = PartnerSource.refusal(system, agency, record.sourceSystem(), record.sourceAgency());
            if (errors.isEmpty() && refusal != null) {
                errors.add(refusal);
            }
            if (errors.isEmpty() && person == null) {
                errors.add("pncId: no person with this PNC id in your schemes");
            }
            if (errors.isEmpty()) {
                problems(person, record.offence()).forEach(p -> errors.add(p.field() + ": " + p.message()));
            }
            if (errors.isEmpty() && !seen.add(record.sourceId())) {
                errors.add("sourceId: appears more than once in this request");
            }
            if (errors.isEmpty()) {
                valid.add(i);
                personOf.put(i, person);
            } else {
                results[i] = rejected(i, system, record, errors);
            }
        }
        // Upsert in one key order, so concurrent pushes with overlapping ids lock rows in the same order
        // and cannot deadlock.
        valid.sort(java.util.Comparator.comparing(i -> records.get(i).sourceId()));
        int created = 0;
        int updated = 0;
        for (int i : valid) {
            OffenceRecords.BulkOffence record = records.get(i);
            Optional<Stored> stored = upsert(personOf.get(i), system, agency, record.offence());
            if (stored.isEmpty()) {
                results[i] = rejected(i, system, record, List.of("sourceId: is already used by " + system + " for another person"));
            } else {
                boolean isNew = stored.get().created();
                created += isNew ? 1 : 0;
                updated += isNew ? 0 : 1;
                results[i] = new OffenceRecords.RecordResult(i, system, record.sourceId(),
                        isNew ? OffenceRecords.Result.CREATED : OffenceRecords.Result.UPDATED, stored.get().id(), List.of());
            }
        }
        int rejected = records.size() - created - updated;
        audit.record(AuditAction.OFFENCE_RECORD, null, "bulk created=" + created + " updated=" + updated + " rejected=" + rejected);
        return new OffenceRecords.BulkResult(created, updated, rejected, List.of(results));
    }

    @Transactional
    List<Offence> ofPerson(UUID personId, LocalDate from, LocalDate to) {
        people.visible(personId);
        audit.record(AuditAction.OFFENCE_READ, personId, null);
        return list("personId = ?1 and offenceDate >= ?2 and offenceDate <= ?3", Sort.by("offenceDate").and("sourceId"),
                personId, from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31) : to);
    }

    private static OffenceRecords.RecordResult rejected(int index, String system, OffenceRecords.BulkOffence record,
                                                        List<String> errors) {
        return new OffenceRecords.RecordResult(index, system, record.sourceId(),
                OffenceRecords.Result.REJECTED, null, errors);
    }

    record Problem(String field, String message) {
    }

    private static List<Problem> problems(Person person, OffenceRecords.PushOffence offence) {
        List<Problem> problems = new ArrayList<>();
        if (offence.offenceDate().isAfter(LocalDate.now())) {
            problems.add(new Problem("offenceDate", "must not be in the future"));
        } else if (offence.offenceDate().isBefore(person.dateOfBirth().plusYears(10))) {
            problems.add(new Problem("offenceDate", "is before the person's 10th birthday"));
        }
        return problems;
    }

    private Optional<Stored> upsert(Person person, String system, String agency, OffenceRecords.PushOffence o) {
        String victims = o.victimTypes() == null ? "" : o.victimTypes().stream().distinct().sorted()
                .map(Enum::name).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(UPSERT)
                .setParameter("id", UUID.randomUUID())
                .setParameter("person", person.id())
                .setParameter("system", system)
                .setParameter("sourceId", o.sourceId())
                .setParameter("category", o.category().name())
                .setParameter("status", o.status().name())
                .setParameter("date", o.offenceDate())
                .setParameter("victims", victims)
                .setParameter("agency", agency)
                .setParameter("by", caller.username())
                .getResultList();
        return rows.stream().findFirst().map(r -> new Stored((UUID) r[0], (Boolean) r[1]));
    }
}
