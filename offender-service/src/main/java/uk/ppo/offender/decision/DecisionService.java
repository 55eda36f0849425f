package uk.ppo.offender.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.http.Versions;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.needs.NeedsService;
import uk.ppo.offender.nomination.NominationRepository;
import uk.ppo.offender.outbox.Outbox;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonRepository;
import uk.ppo.offender.person.PersonService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class DecisionService {

    private final DecisionRepository decisions;
    private final PersonRepository people;
    private final PersonService personService;
    private final NominationRepository nominations;
    private final NeedsService needs;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    DecisionService(DecisionRepository decisions, PersonRepository people, PersonService personService,
                    NominationRepository nominations, NeedsService needs, AuditTrail audit, Outbox outbox, Caller caller) {
        this.decisions = decisions;
        this.people = people;
        this.personService = personService;
        this.nominations = nominations;
        this.needs = needs;
        this.audit = audit;
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * Records a panel decision. The person's row is locked for the transaction, so two coordinators
     * deciding at once are serialised: the second sees the first's outcome and, if its own decision is
     * no longer legal, gets 409. Every decision, of every type, is written to the partners' outbox in the same
     * transaction, last.
     */
    @Transactional
    PanelDecision decide(UUID personId, Long expectedVersion, DecisionRecords.CreateDecision request) {
        Person person = personService.visibleForUpdate(personId);
        Versions.check(expectedVersion, person.version(), "The person");
        LocalDate decidedOn = request.decidedOn();
        if (decidedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("decidedOn", "must not be in the future");
        }
        decisions.latest(personId).ifPresent(last -> {
            if (decidedOn.isBefore(last.decidedOn())) {
                throw ProblemException.conflict("decidedOn", "is before the last decision (" + last.decidedOn()
                        + "); decisions are history and are recorded in order");
            }
        });
        IomRules.Membership iom = new IomRules.Membership(person.iomCategory(), person.mappaManaged(), person.gender(),
                decisions.latestCustodyMonths(personId).orElse(null));
        PanelRules.Current before = new PanelRules.Current(person.status(), person.strand(), person.listedFor(),
                person.ageOn(decidedOn), iom);
        PanelRules.Request asked = new PanelRules.Request(request.type(), request.strand(), request.reasonCode(),
                request.listedFor(), request.iomCategory());
        PanelRules.Outcome after;
        try {
            after = PanelRules.decide(before, asked);
        } catch (PanelRules.Invalid e) {
            throw ProblemException.invalid(e.field(), e.getMessage());
        } catch (PanelRules.Illegal e) {
            throw ProblemException.conflict(e.getMessage());
        }
        List<UUID> cited = needs.citable(personId, request.needsAssessmentIds(), decidedOn);
        PanelDecision decision = new PanelDecision(personId, person.scheme().id(), asked, decidedOn,
                request.rationale().strip(), request.attendingAgencies(), before, after, cited, caller.username(),
                Instant.now(clock));
        decisions.persist(decision);
        if (asked.type().isPpo()) {
            person.changeMembership(after.status(), after.strand(), after.listedFor(), decidedOn, after.startsMembership());
        }
        person.changeIom(after.iomCategory(), after.mappa(), decidedOn);
        if (after.strand() != null && (asked.type() == DecisionType.SELECT || asked.type() == DecisionType.MOVE)) {
            nominations.pendingFor(personId, after.strand()).forEach(n -> n.acceptedBy(decision.id()));
        }
        audit.record(AuditAction.DECISION_RECORD, personId, asked.type().name());
        people.flush();
        outbox.decisionRecorded(person.scheme().code(), decision);
        return decision;
    }

    @Transactional
    List<PanelDecision> history(UUID personId) {
        personService.visible(personId);
        audit.record(AuditAction.DECISION_READ, personId, null);
        return decisions.ofPerson(personId);
    }
}
