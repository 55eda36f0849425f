package uk.ppo.offender.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class NominationService {
    private final NominationRepository repository;
    private final PersonService people;
    private final AuditTrail audit;
    private final Caller caller;

    NominationService(NominationRepository repository, PersonService people, AuditTrail audit, Caller caller) {
        this.repository = repository;
        this.people = people;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    Nomination create(UUID personId, NominationRecords.CreateNomination request) {
        Person person = people.visible(personId);
        if (person.status().isCurrentPpo() && person.strand() == request.strand()) {
            throw ProblemException.conflict("strand", "the person is already on " + request.strand());
        }
        if (!repository.pendingFor(personId, request.strand()).isEmpty()) {
            throw ProblemException.conflict("strand", "a nomination for " + request.strand() + " is already pending");
        }
        Nomination n = new Nomination(person, request.strand(), request.listedFor(), request.reason().strip(), request.agency(),
                caller.username(), Instant.now());
        repository.persist(n);
        audit.record(AuditAction.NOMINATION_CREATE, personId, request.strand().name());
        return n;
    }

    @Transactional
    List<Nomination> ofPerson(UUID personId) {
        people.visible(personId);
        audit.record(AuditAction.NOMINATION_READ, personId, null);
        return repository.ofPerson(personId);
    }
}
