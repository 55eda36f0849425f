package uk.ppo.offender.conferencefeed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.event.ServiceStandards;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonRepository;
import uk.ppo.offender.scheme.Scheme;
import uk.ppo.offender.scheme.SchemeAccess;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class ConferenceFeedService {

    private final SchemeAccess schemes;
    private final PersonRepository people;
    private final ServiceStandards standards;
    private final AuditTrail audit;

    ConferenceFeedService(SchemeAccess schemes, PersonRepository people, ServiceStandards standards, AuditTrail audit) {
        this.schemes = schemes;
        this.people = people;
        this.standards = standards;
        this.audit = audit;
    }

    @Transactional
    ConferenceFeedRecords.Facts facts(UUID schemeId, LocalDate lateSince) {
        Scheme scheme = schemes.visible(schemeId);
        List<Person> members = people.currentMembers(schemeId);
        // every premium-service standard missed since then (the data-driven standards, bank holidays included)
        Map<UUID, Integer> late = new java.util.HashMap<>();
        standards.lateFor(members.stream().map(Person::id).collect(java.util.stream.Collectors.toSet()),
                        lateSince.atStartOfDay(ZoneOffset.UTC).toInstant())
                .forEach((person, items) -> late.put(person, items.size()));
        audit.recordEach(AuditAction.AGENDA_FACTS_READ, members.stream().map(Person::id).toList(),
                "agenda facts scheme=" + scheme.code() + " lateSince=" + lateSince);
        return new ConferenceFeedRecords.Facts(scheme.id(), scheme.code(), lateSince, members.stream()
                .map(p -> new ConferenceFeedRecords.Member(p.id(), p.pncId(), p.firstName(), p.lastName(), p.status(), p.strand(),
                        p.selectedOn(), p.nextReviewDue(), p.nextReviewPreRelease(), p.custody().inCustody(),
                        p.custody().expectedReleaseOn(), late.getOrDefault(p.id(), 0)))
                .toList());
    }
}
