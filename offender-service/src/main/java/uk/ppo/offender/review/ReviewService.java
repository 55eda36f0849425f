package uk.ppo.offender.review;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ReviewService {
    private final ReviewRepository repository;
    private final PersonService people;
    private final AuditTrail audit;
    private final Caller caller;

    ReviewService(ReviewRepository repository, PersonService people, AuditTrail audit, Caller caller) {
        this.repository = repository;
        this.people = people;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    Review record(UUID personId, ReviewRecords.CreateReview request) {
        Person person = people.visible(personId);
        LocalDate on = request.reviewedOn();
        if (on.isAfter(LocalDate.now())) {
            throw ProblemException.invalid("reviewedOn", "must not be in the future");
        }
        if (!person.status().isCurrentPpo()) {
            throw ProblemException.conflict("Only current PPOs are reviewed (the person is " + person.status() + ")");
        }
        LocalDate earliest = person.lastReviewedOn() != null ? person.lastReviewedOn() : person.selectedOn();
        if (earliest != null && on.isBefore(earliest)) {
            throw ProblemException.conflict("reviewedOn", "is before the selection or last review (" + earliest + ")");
        }
        person.reviewed(on);
        Review review = new Review(personId, on, request.outcome(), request.notes(), person.strand(),
                person.nextReviewDue(), person.nextReviewPreRelease(), caller.username(), Instant.now());
        repository.persist(review);
        audit.record(AuditAction.REVIEW_RECORD, personId, request.outcome().name());
        return review;
    }

    @Transactional
    List<Review> ofPerson(UUID personId) {
        people.visible(personId);
        audit.record(AuditAction.PERSON_READ, personId, "reviews");
        return repository.list("personId", Sort.by("reviewedOn"), personId);
    }
}
