package uk.ppo.offender.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.nomination.NominationRepository;
import uk.ppo.offender.nomination.NominationResource;
import uk.ppo.offender.person.Ethnicity;
import uk.ppo.offender.person.Gender;
import uk.ppo.offender.person.ListingBasis;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonRepository;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;
import uk.ppo.offender.scheme.Scheme;
import uk.ppo.offender.scheme.SchemeAccess;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class CohortService {
    private final PersonRepository people;
    private final NominationRepository nominations;
    private final AuditTrail audit;
    private final SchemeAccess schemeAccess;

    CohortService(SchemeAccess schemeAccess, PersonRepository people, NominationRepository nominations,
                  AuditTrail audit) {
        this.schemeAccess = schemeAccess;
        this.people = people;
        this.nominations = nominations;
        this.audit = audit;
    }

    @Transactional
    SchemeCohortResource.Cohort cohort(UUID schemeId, LocalDate asOf) {
        Scheme scheme = visibleScheme(schemeId);
        List<Person> members = currentMembers(schemeId);
        Map<Strand, Integer> counts = new EnumMap<>(Strand.class);
        Map<Gender, Integer> byGender = new EnumMap<>(Gender.class);
        Map<Ethnicity, Integer> byEthnicity = new EnumMap<>(Ethnicity.class);
        Map<ListingBasis, Integer> byBasis = new EnumMap<>(ListingBasis.class);
        for (Strand s : Strand.values()) {
            counts.put(s, 0);
        }
        for (ListingBasis b : ListingBasis.values()) {
            byBasis.put(b, 0);
        }
        int amber = 0;
        int basisNotRecorded = 0;
        for (Person p : members) {
            counts.merge(p.strand(), 1, Integer::sum);
            if (p.listedFor() == null) {
                basisNotRecorded++;
            } else {
                byBasis.merge(p.listedFor(), 1, Integer::sum);
            }
            byGender.merge(p.gender(), 1, Integer::sum);
            byEthnicity.merge(p.ethnicity(), 1, Integer::sum);
            amber += p.status() == PersonStatus.AMBER ? 1 : 0;
        }
        audit.recordEach(AuditAction.COHORT_READ, members.stream().map(Person::id).toList(),
                "cohort scheme=" + scheme.code() + " members=" + members.size());
        List<SchemeCohortResource.Member> rows = members.stream()
                .map(p -> new SchemeCohortResource.Member(p.id(), p.pncId(), p.firstName(), p.lastName(), p.strand(), p.status(),
                        p.listedFor(), p.selectedOn(), p.nextReviewDue(), p.nextReviewDue() != null && p.nextReviewDue().isBefore(asOf)))
                .toList();
        return new SchemeCohortResource.Cohort(scheme.code(), asOf, counts, amber, CohortRules.warnings(counts),
                byBasis, basisNotRecorded, byGender, byEthnicity, rows);
    }

    @Transactional
    List<SchemeCohortResource.ReviewDue> reviewsDue(UUID schemeId, LocalDate asOf, int withinDays) {
        visibleScheme(schemeId);
        LocalDate horizon = asOf.plusDays(withinDays);
        List<SchemeCohortResource.ReviewDue> due = currentMembers(schemeId).stream()
                .filter(p -> p.nextReviewDue() != null && !p.nextReviewDue().isAfter(horizon))
                .sorted(Comparator.comparing(Person::nextReviewDue))
                .map(p -> {
                    long late = ChronoUnit.DAYS.between(p.nextReviewDue(), asOf);
                    return new SchemeCohortResource.ReviewDue(p.id(), p.pncId(), p.firstName(), p.lastName(), p.strand(),
                            p.nextReviewDue(), late > 0, Math.max(0, late));
                })
                .toList();
        audit.recordEach(AuditAction.REVIEWS_DUE_READ, due.stream().map(SchemeCohortResource.ReviewDue::personId).toList(),
                "reviews due scheme=" + schemeId + " due=" + due.size());
        return due;
    }

    @Transactional
    List<NominationResource.NominationView> pendingNominations(UUID schemeId) {
        visibleScheme(schemeId);
        var pending = nominations.pendingInScheme(schemeId).stream().map(NominationResource.NominationView::of).toList();
        audit.recordEach(AuditAction.NOMINATION_READ, pending.stream().map(NominationResource.NominationView::personId).distinct().toList(),
                "pending nominations scheme=" + schemeId + " pending=" + pending.size());
        return pending;
    }

    private List<Person> currentMembers(UUID schemeId) {
        // restricted people are left out of every cohort list (their processing is restricted)
        return people.list("scheme.id = ?1 and status in ?2 and restrictedAt is null",
                io.quarkus.panache.common.Sort.by("strand").and("lastName").and("firstName"),
                schemeId, List.of(PersonStatus.ACTIVE, PersonStatus.AMBER));
    }

    private Scheme visibleScheme(UUID schemeId) {
        return schemeAccess.visible(schemeId);
    }
}
