package uk.ppo.offender.scheme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonRepository;
import uk.ppo.offender.person.PersonStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
class SchemeService {

    private final SchemeRepository schemes;
    private final SchemeAccess access;
    private final Caller caller;
    private final PersonRepository people;
    private final Clock clock;

    SchemeService(SchemeRepository schemes, SchemeAccess access, Caller caller, PersonRepository people) {
        this.schemes = schemes;
        this.people = people;
        this.access = access;
        this.caller = caller;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    Scheme create(SchemeRecords.CreateScheme request, String createdBy) {
        if (schemes.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("code", "a scheme with code " + request.code() + " already exists");
        }
        Scheme scheme = new Scheme(request.code(), request.name().strip(), request.district().strip(),
                request.county() == null ? null : request.county().strip(),
                request.preReleaseReviewDays() == null ? Scheme.DEFAULT_PRE_RELEASE_REVIEW_DAYS : request.preReleaseReviewDays(),
                createdBy, Instant.now(clock));
        schemes.persist(scheme);
        return scheme;
    }

    @Transactional
    Scheme update(UUID id, Long expectedVersion, SchemeRecords.UpdateScheme request) {
        Scheme scheme = access.visibleForUpdate(id);
        Versions.check(expectedVersion, scheme.version(), "The scheme");
        scheme.rename(request.name().strip(), request.district().strip(),
                request.county() == null || request.county().isBlank() ? null : request.county().strip());
        if (request.preReleaseReviewDays() != null && scheme.preReleaseReviewDays(request.preReleaseReviewDays())) {
            people.list("scheme.id = ?1 and status = ?2 and inCustody = true", id, PersonStatus.AMBER)
                    .forEach(Person::preReleaseDaysChanged);
        }
        schemes.flush();
        return scheme;
    }

    @Transactional
    Page<Scheme> list(int page, int size) {
        var query = schemes.visibleTo(caller.scope());
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    @Transactional
    Scheme get(UUID id) {
        return access.visible(id);
    }
}
