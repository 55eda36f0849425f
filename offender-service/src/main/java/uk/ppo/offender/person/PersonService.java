package uk.ppo.offender.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.security.Caller;
import uk.ppo.common.security.Entitlements;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.scheme.Scheme;
import uk.ppo.offender.scheme.SchemeRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class PersonService {

    static final int MINIMUM_AGE = 10;

    private final PersonRepository people;
    private final SchemeRepository schemes;
    private final AuditTrail audit;
    private final Caller caller;
    private final Entitlements entitlements;
    private final Clock clock = Clock.systemUTC();

    PersonService(PersonRepository people, SchemeRepository schemes, AuditTrail audit, Caller caller,
                  Entitlements entitlements) {
        this.people = people;
        this.schemes = schemes;
        this.audit = audit;
        this.caller = caller;
        this.entitlements = entitlements;
    }

    @Transactional
    Person create(PersonRecords.CreatePerson request) {
        String pnc = PncId.canonical(request.pncId())
                .orElseThrow(() -> ProblemException.invalid("pncId", PncId.FORMAT_MESSAGE));
        requireAge(request.dateOfBirth());
        Scheme scheme = schemeInScope(request.schemeId());
        if (people.findByPnc(pnc).isPresent()) {
            // names no scheme and no person: the caller may not be entitled to know where they are
            throw ProblemException.conflict("pncId", "this PNC id is already recorded");
        }
        if (request.croNumber() != null && people.findByCro(request.croNumber()).isPresent()) {
            throw ProblemException.conflict("croNumber", "a person with this CRO number is already recorded");
        }
        Person person = new Person(pnc, identity(request.croNumber(), request.firstName(), request.lastName(),
                request.dateOfBirth(), request.gender(), request.ethnicity(), request.homeAddress(), request.homeArea(),
                request.yosReference(), request.probationReference(), request.leadOfficer(), request.offenderManager(),
                request.pncMarker(), request.flags()), scheme, caller.username(), Instant.now(clock));
        people.persist(person);
        audit.record(AuditAction.PERSON_CREATE, person.id(), null);
        return person;
    }

    @Transactional
    Person read(UUID id) {
        Person person = visible(id);
        audit.record(AuditAction.PERSON_READ, id, null);
        return person;
    }

    @Transactional
    Person update(UUID id, Long expectedVersion, PersonRecords.UpdatePerson request) {
        Person person = visible(id);
        Versions.check(expectedVersion, person.version(), "The person");
        requireAge(request.dateOfBirth());
        if (request.croNumber() != null && !request.croNumber().equals(person.croNumber())
                && people.findByCro(request.croNumber()).isPresent()) {
            throw ProblemException.conflict("croNumber", "a person with this CRO number is already recorded");
        }
        if (!request.schemeId().equals(person.scheme().id())) {
            person.transferTo(schemeInScope(request.schemeId()));
        }
        person.apply(identity(request.croNumber(), request.firstName(), request.lastName(), request.dateOfBirth(),
                request.gender(), request.ethnicity(), request.homeAddress(), request.homeArea(), request.yosReference(),
                request.probationReference(), request.leadOfficer(), request.offenderManager(), request.pncMarker(),
                request.flags()));
        audit.record(AuditAction.PERSON_UPDATE, id, null);
        people.flush();
        return person;
    }

    @Transactional
    Page<Person> search(PersonRepository.Criteria criteria, int page, int size) {
        var query = people.search(criteria);
        Page<Person> found = new Page<>(query.page(page, size).list(), page, size, query.count());
        // one record per person on the page returned, so the auditors' view of each shows who found them
        audit.recordEach(AuditAction.PERSON_SEARCH, found.items().stream().map(Person::id).toList(),
                "search page=" + page + " results=" + found.total());
        return found;
    }

    /** Restricts processing of the person's data (DPA 2018 s.47); 409 if it already is. */
    @Transactional
    Person restrict(UUID id, String reason) {
        Person person = visibleForUpdate(id);
        if (person.restricted()) {
            throw ProblemException.conflict("restriction", "processing of this person's data is already restricted");
        }
        person.restrict(reason.strip(), caller.username(), Instant.now(clock));
        audit.record(AuditAction.RESTRICTION_APPLY, id, null);
        people.flush();
        return person;
    }

    /** Lifts the restriction, if there is one. */
    @Transactional
    void liftRestriction(UUID id) {
        Person person = visibleForUpdate(id);
        if (!person.restricted()) {
            return; // idempotent: nothing to lift
        }
        person.liftRestriction();
        audit.record(AuditAction.RESTRICTION_LIFT, id, null);
    }

    /**
     * May the caller reach records about this person that outlive them (retention decisions, disposals,
     * subject-access requests)? By the scheme the person was last in, disposed of or not; restricted people
     * are for the DPO and auditors. An attempt out of scope is audited as refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mayReachRecordsAbout(UUID personId) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = people.getEntityManager().createNativeQuery(
                        "SELECT s.code, p.restricted_at IS NOT NULL FROM person p JOIN scheme s ON s.id = p.scheme_id WHERE p.id = :id")
                .setParameter("id", personId).getResultList();
        return !rows.isEmpty() && entitlements.mayReachPerson(personId, (String) rows.get(0)[0], (Boolean) rows.get(0)[1]);
    }

    /** The code of the person's current scheme, or null when there is no such person. */
    @Transactional
    public String currentSchemeOf(UUID id) {
        Person person = people.findById(id);
        return person == null ? null : person.scheme().code();
    }

    /** A person the caller may see, else 404 (as if they did not exist). Needs the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Person visible(UUID id) {
        Person person = people.findById(id);
        entitlements.requirePerson(id, person == null ? null : person.scheme().code(), person != null && person.restricted());
        return person;
    }

    /**
     * As {@link #visible}, with the person's row locked until the transaction ends, so decisions about
     * one person are made one after another, each on the state the previous one left.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Person visibleForUpdate(UUID id) {
        Person person = people.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        entitlements.requirePerson(id, person == null ? null : person.scheme().code(), person != null && person.restricted());
        return person;
    }

    /** The scheme a person is created in or moved to: unknown and out of scope are the same 400. */
    private Scheme schemeInScope(UUID schemeId) {
        Scheme scheme = schemes.findById(schemeId);
        if (!entitlements.mayReachScheme(scheme == null ? null : scheme.code())) {
            throw ProblemException.invalid("schemeId", "no such scheme");
        }
        return scheme;
    }

    private void requireAge(LocalDate dateOfBirth) {
        if (dateOfBirth.plusYears(MINIMUM_AGE).isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("dateOfBirth", "makes the person younger than " + MINIMUM_AGE
                    + ", the age of criminal responsibility");
        }
    }

    private static Person.Identity identity(String cro, String firstName, String lastName, LocalDate dob, Gender gender,
                                            Ethnicity ethnicity, String address, String area, String yos,
                                            String probation, PersonRecords.Officer lead, PersonRecords.Officer manager,
                                            Boolean pncMarker, java.util.List<String> flags) {
        return new Person.Identity(cro, firstName.strip(), lastName.strip(), dob, gender, ethnicity, address, area,
                yos, probation, lead == null ? null : lead.name(), lead == null ? null : lead.contact(),
                manager == null ? null : manager.name(), manager == null ? null : manager.contact(),
                Boolean.TRUE.equals(pncMarker), flags);
    }
}
