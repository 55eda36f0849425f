package uk.ppo.offender.conferencefeed;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.event.EventService;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonRepository;
import uk.ppo.offender.person.PersonStatus;
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
    private final EventService events;
    private final AuditTrail audit;

    ConferenceFeedService(SchemeAccess schemes, PersonRepository people, EventService events, AuditTrail audit) {
        this.schemes = schemes;
        this.people = people;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    ConferenceFeedResource.Facts facts(UUID schemeId, LocalDate lateSince) {
        Scheme scheme = schemes.visible(schemeId);
        // restricted people are left out, as from every cohort list
        List<Person> members = people.list("scheme.id = ?1 and status in ?2 and restrictedAt is null",
                Sort.by("strand").and("lastName").and("firstName"), schemeId, List.of(PersonStatus.ACTIVE, PersonStatus.AMBER));
        Map<UUID, Integer> late = events.recordedLate(members.stream().map(Person::id).toList(),
                lateSince.atStartOfDay(ZoneOffset.UTC).toInstant());
        audit.recordEach(AuditAction.AGENDA_FACTS_READ, members.stream().map(Person::id).toList(),
                "agenda facts scheme=" + scheme.code() + " lateSince=" + lateSince);
        return new ConferenceFeedResource.Facts(scheme.id(), scheme.code(), lateSince, members.stream()
                .map(p -> new ConferenceFeedResource.Member(p.id(), p.pncId(), p.firstName(), p.lastName(), p.status(), p.strand(),
                        p.selectedOn(), p.nextReviewDue(), p.nextReviewPreRelease(), p.custody().inCustody(),
                        p.custody().expectedReleaseOn(), late.getOrDefault(p.id(), 0)))
                .toList());
    }
}
