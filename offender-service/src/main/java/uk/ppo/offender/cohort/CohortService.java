package uk.ppo.offender.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.nomination.NominationRecords;
import uk.ppo.offender.nomination.NominationRepository;
import uk.ppo.offender.person.Custody;
import uk.ppo.offender.person.Ethnicity;
import uk.ppo.offender.person.Gender;
import uk.ppo.offender.person.IomCategory;
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
    SchemeCohortRecords.Cohort cohort(UUID schemeId, LocalDate asOf) {
        Scheme scheme = visibleScheme(schemeId);
        List<Person> members = people.currentMembers(schemeId);
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
        List<SchemeCohortRecords.Member> rows = members.stream()
                .map(p -> new SchemeCohortRecords.Member(p.id(), p.pncId(), p.firstName(), p.lastName(), p.strand(), p.status(),
                        p.listedFor(), p.selectedOn(), p.nextReviewDue(), p.nextReviewDue() != null && p.nextReviewDue().isBefore(asOf)))
                .toList();
        return new SchemeCohortRecords.Cohort(scheme.code(), asOf, counts, amber, CohortRules.warnings(counts),
                byBasis, basisNotRecorded, byGender, byEthnicity, rows);
    }

    @Transactional
    SchemeCohortRecords.IomCohort iomCohort(UUID schemeId, IomCategory only, LocalDate asOf) {
        Scheme scheme = visibleScheme(schemeId);
        // restricted people are left out, as from every cohort list
        List<Person> members = people.list("scheme.id = ?1 and restrictedAt is null"
                        + " and (status in ?2 or iomCategory is not null or mappaManaged = true)",
                io.quarkus.panache.common.Sort.by("lastName").and("firstName"),
                schemeId, List.of(PersonStatus.ACTIVE, PersonStatus.AMBER));
        Map<IomCategory, Integer> counts = new EnumMap<>(IomCategory.class);
        for (IomCategory c : IomCategory.values()) {
            counts.put(c, 0);
        }
        List<SchemeCohortRecords.IomMember> rows = new java.util.ArrayList<>();
        for (Person p : members) {
            IomCategory cohort = IomCategory.cohortOf(p.status(), p.iomCategory());
            if (cohort != null) {
                counts.merge(cohort, 1, Integer::sum);
            }
            if (p.mappaManaged()) {
                counts.merge(IomCategory.MAPPA, 1, Integer::sum);
            }
            boolean wanted = only == null || only == cohort || (only == IomCategory.MAPPA && p.mappaManaged());
            if (wanted) {
                rows.add(new SchemeCohortRecords.IomMember(p.id(), p.pncId(), p.firstName(), p.lastName(), cohort,
                        cohort == IomCategory.PPO ? p.selectedOn() : p.iomSince(), p.status(), p.strand(),
                        p.mappaManaged(), p.mappaSince()));
            }
        }
        audit.recordEach(AuditAction.COHORT_READ, rows.stream().map(SchemeCohortRecords.IomMember::id).toList(),
                "iom cohort scheme=" + scheme.code() + (only == null ? "" : " category=" + only) + " members=" + rows.size());
        return new SchemeCohortRecords.IomCohort(scheme.code(), asOf, counts, rows);
    }

    @Transactional
    List<SchemeCohortRecords.ReviewDue> reviewsDue(UUID schemeId, LocalDate asOf, int withinDays) {
        visibleScheme(schemeId);
        LocalDate horizon = asOf.plusDays(withinDays);
        List<SchemeCohortRecords.ReviewDue> due = people.currentMembers(schemeId).stream()
                .filter(p -> p.nextReviewDue() != null && !p.nextReviewDue().isAfter(horizon))
                .sorted(Comparator.comparing(Person::nextReviewDue))
                .map(p -> {
                    long late = ChronoUnit.DAYS.between(p.nextReviewDue(), asOf);
                    return new SchemeCohortRecords.ReviewDue(p.id(), p.pncId(), p.firstName(), p.lastName(), p.strand(),
                            p.nextReviewDue(), late > 0, Math.max(0, late));
                })
                .toList();
        audit.recordEach(AuditAction.REVIEWS_DUE_READ, due.stream().map(SchemeCohortRecords.ReviewDue::personId).toList(),
                "reviews due scheme=" + schemeId + " due=" + due.size());
        return due;
    }

    @Transactional
    SchemeCohortRecords.AmberList amberList(UUID schemeId, LocalDate on, int releaseWithinDays) {
        Scheme scheme = visibleScheme(schemeId);
        List<Person> members = people.currentMembers(schemeId);
        Comparator<Person> byRelease = Comparator.comparing(p -> p.custody().expectedReleaseOn(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<Person> amber = members.stream().filter(p -> p.status() == PersonStatus.AMBER).sorted(byRelease).toList();
        LocalDate horizon = on.plusDays(releaseWithinDays);
        List<Person> releasing = members.stream()
                .filter(p -> p.custody().inCustody() && p.custody().expectedReleaseOn() != null
                        && !p.custody().expectedReleaseOn().isAfter(horizon))
                .sorted(byRelease).toList();
        audit.recordEach(AuditAction.AMBER_LIST_READ, java.util.stream.Stream.concat(amber.stream(), releasing.stream())
                .map(Person::id).distinct().toList(), "amber list scheme=" + scheme.code() + " on=" + on);
        return new SchemeCohortRecords.AmberList(scheme.code(), on, scheme.preReleaseReviewDays(), releaseWithinDays,
                amber.stream().map(p -> custodyEntry(p, on)).toList(), releasing.stream().map(p -> custodyEntry(p, on)).toList());
    }

    private static SchemeCohortRecords.CustodyEntry custodyEntry(Person p, LocalDate on) {
        Custody c = p.custody();
        Long days = c.inCustody() && c.expectedReleaseOn() != null ? ChronoUnit.DAYS.between(on, c.expectedReleaseOn()) : null;
        return new SchemeCohortRecords.CustodyEntry(p.id(), p.pncId(), p.firstName(), p.lastName(), p.strand(), p.status(),
                c.inCustody(), c.sentenceMonths(), c.sentencedOn(), c.prison(), c.expectedReleaseOn(), days, c.releasedOn(),
                p.nextReviewDue(), p.nextReviewPreRelease(), p.nextReviewDue() != null && p.nextReviewDue().isBefore(on));
    }

    @Transactional
    List<NominationRecords.NominationView> pendingNominations(UUID schemeId) {
        visibleScheme(schemeId);
        var pending = nominations.pendingInScheme(schemeId).stream().map(NominationRecords.NominationView::of).toList();
        audit.recordEach(AuditAction.NOMINATION_READ, pending.stream().map(NominationRecords.NominationView::personId).distinct().toList(),
                "pending nominations scheme=" + schemeId + " pending=" + pending.size());
        return pending;
    }

    private Scheme visibleScheme(UUID schemeId) {
        return schemeAccess.visible(schemeId);
    }
}
