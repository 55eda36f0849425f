package uk.ppo.offender.performance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.common.security.Entitlements;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.decision.LatestDecisions;
import uk.ppo.offender.person.IomCategory;
import uk.ppo.offender.scheme.Scheme;
import uk.ppo.offender.scheme.SchemeRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PerformanceService implements PanacheRepositoryBase<PerformanceCohort, UUID> {

    /**
     * Everyone whose latest decision on or before the fixed date left them in the IOM cohort on one of the
     * schemes: a current PPO, MAPPA-managed, or in the named managed cohort.
     */
    private static final String FIX_MEMBERS = """
            INSERT INTO performance_cohort_member (cohort_id, person_id)
            SELECT :cohort, d.person_id
              FROM (%s) d
             WHERE d.scheme_id IN (:schemes)
               AND CASE CAST(:category AS varchar)
                       WHEN 'PPO' THEN d.resulting_status IN ('ACTIVE', 'AMBER')
                       WHEN 'MAPPA' THEN d.resulting_mappa
                       ELSE d.resulting_iom_category = CAST(:category AS varchar) END
            """.formatted(LatestDecisions.ON_DATE);
    private static final String COUNT_PROVEN = """
            SELECT count(*) FROM offence o JOIN performance_cohort_member m ON m.person_id = o.person_id
             WHERE m.cohort_id = :cohort AND o.status IN ('CONVICTED', 'ADMITTED')
               AND o.offence_date BETWEEN :from AND :to
            """;

    private final EntityManager em;
    private final SchemeRepository schemes;
    private final AuditTrail audit;
    private final Caller caller;
    private final Entitlements entitlements;

    PerformanceService(EntityManager em, SchemeRepository schemes, AuditTrail audit, Caller caller, Entitlements entitlements) {
        this.em = em;
        this.schemes = schemes;
        this.audit = audit;
        this.caller = caller;
        this.entitlements = entitlements;
    }

    record Created(PerformanceCohort cohort, long members) {
    }

    @Transactional
    Created create(PerformanceRecords.CreateCohort request) {
        if (request.baselineFrom().isAfter(request.baselineTo())) {
            throw ProblemException.invalid("baselineFrom", "must not be after baselineTo");
        }
        if (request.followUpFrom().isAfter(request.followUpTo())) {
            throw ProblemException.invalid("followUpFrom", "must not be after followUpTo");
        }
        if (!request.followUpFrom().isAfter(request.baselineTo())) {
            throw ProblemException.invalid("followUpFrom", "must be after the baseline window");
        }
        if (request.stretchReductionPercent() != null
                && request.stretchReductionPercent().compareTo(request.targetReductionPercent()) <= 0) {
            throw ProblemException.invalid("stretchReductionPercent", "must be more than targetReductionPercent");
        }
        if (request.fixedOn().isAfter(LocalDate.now())) {
            throw ProblemException.invalid("fixedOn", "must not be in the future");
        }
        for (UUID schemeId : request.schemeIds()) {
            if (!entitlements.mayReachScheme(schemes.findByIdOptional(schemeId).map(Scheme::code).orElse(null))) {
                throw ProblemException.invalid("schemeIds", "no such scheme " + schemeId);
            }
        }
        PerformanceCohort cohort = new PerformanceCohort(request.name().strip(), request.schemeIds(), request.fixedOn(),
                request.baselineFrom(), request.baselineTo(), request.followUpFrom(), request.followUpTo(),
                request.targetReductionPercent(), request.stretchReductionPercent(),
                request.category() == null ? IomCategory.PPO : request.category(),
                caller.username(), Instant.now());
        persist(cohort);
        flush();
        em.createNativeQuery(FIX_MEMBERS)
                .setParameter("cohort", cohort.id())
                .setParameter("on", cohort.fixedOn())
                .setParameter("schemes", cohort.schemeIds())
                .setParameter("category", cohort.category().name())
                .executeUpdate();
        audit.record(AuditAction.PERFORMANCE_READ, null, "cohort fixed " + cohort.id());
        return new Created(cohort, members(cohort.id()));
    }

    @Transactional
    PerformanceRecords.CohortReport report(UUID id, LocalDate asOf) {
        PerformanceCohort cohort = visible(id);
        long baseline = proven(id, cohort.baselineFrom(), cohort.baselineTo());
        LocalDate followUpEnd = asOf.isBefore(cohort.followUpTo()) ? asOf : cohort.followUpTo();
        long followUp = followUpEnd.isBefore(cohort.followUpFrom()) ? 0 : proven(id, cohort.followUpFrom(), followUpEnd);
        Ni30.Result result = Ni30.measure(baseline, followUp, cohort.targetReductionPercent());
        boolean ended = !asOf.isBefore(cohort.followUpTo());
        long proRata = Ni30.proRataTarget(result.targetOffences(), cohort.followUpFrom(), cohort.followUpTo(), asOf);
        Long stretchTarget = cohort.stretchReductionPercent() == null ? null
                : Ni30.targetOffences(baseline, cohort.stretchReductionPercent());
        List<PerformanceRecords.QuarterView> quarters = new ArrayList<>();
        long cumulative = 0;
        for (Ni30.Quarter q : Ni30.quarters(cohort.followUpFrom(), cohort.followUpTo())) {
            if (q.from().isAfter(asOf)) {
                break;
            }
            LocalDate to = q.to().isAfter(asOf) ? asOf : q.to();
            long offences = proven(id, q.from(), to);
            cumulative += offences;
            long allowed = Ni30.proRataTarget(result.targetOffences(), cohort.followUpFrom(), cohort.followUpTo(), to);
            quarters.add(new PerformanceRecords.QuarterView(q.number(), q.from(), q.to(), !q.to().isAfter(asOf), offences,
                    cumulative, allowed, cumulative <= allowed));
        }
        audit.record(AuditAction.PERFORMANCE_READ, null, "cohort " + id);
        return new PerformanceRecords.CohortReport(cohort.id(), cohort.name(), cohort.category(), cohort.fixedOn(),
                cohort.baselineFrom(), cohort.baselineTo(), cohort.followUpFrom(), cohort.followUpTo(),
                cohort.targetReductionPercent(), cohort.stretchReductionPercent(), asOf, members(id),
                averageMonthsOnScheme(cohort), result.baselineOffences(), result.followUpOffences(), result.reductionPercent(),
                result.targetOffences(), proRata, ended, ended ? null : followUp <= proRata,
                ended ? result.targetMet() : null, stretchTarget,
                ended && stretchTarget != null ? followUp <= stretchTarget : null, quarters);
    }

    /**
     * The members' average time on the scheme on the fixed date: from the start of the membership in force then (the
     * latest SELECT, or the latest IOM_ENTER into the cohort's category, on or before it), in months of 30.4375 days.
     */
    private BigDecimal averageMonthsOnScheme(PerformanceCohort cohort) {
        Object days = em.createNativeQuery("""
                SELECT avg(CAST(:fixedOn AS date) - s.decided_on)
                  FROM performance_cohort_member m
                  JOIN LATERAL (SELECT d.decided_on FROM panel_decision d
                                 WHERE d.person_id = m.person_id AND d.decided_on <= :fixedOn
                                   AND ((CAST(:category AS varchar) = 'PPO' AND d.type = 'SELECT')
                                        OR (d.type = 'IOM_ENTER' AND d.iom_category = CAST(:category AS varchar)))
                                 ORDER BY d.decided_on DESC, d.recorded_at DESC LIMIT 1) s ON true
                 WHERE m.cohort_id = :cohort""")
                .setParameter("fixedOn", cohort.fixedOn())
                .setParameter("category", cohort.category().name())
                .setParameter("cohort", cohort.id())
                .getSingleResult();
        return days == null ? null : new BigDecimal(days.toString()).divide(new BigDecimal("30.4375"), 1, java.math.RoundingMode.HALF_UP);
    }

    /**
     * The members of a fixed cohort the caller may read, for reports measured over any fixed cohort (the service
     * standards). Unknown and out of scope answer alike.
     */
    @Transactional
    public Set<UUID> membersOf(UUID id) {
        visible(id);
        @SuppressWarnings("unchecked")
        List<UUID> members = em.createNativeQuery("SELECT person_id FROM performance_cohort_member WHERE cohort_id = :c")
                .setParameter("c", id).getResultList();
        return Set.copyOf(members);
    }

    private PerformanceCohort visible(UUID id) {
        PerformanceCohort cohort = findByIdOptional(id).orElse(null);
        if (cohort == null) {
            throw ProblemException.notFound("No performance cohort " + id);
        }
        // a cohort is the caller's to read only if every scheme it covers is
        for (UUID schemeId : cohort.schemeIds()) {
            if (!entitlements.mayReachScheme(schemes.findByIdOptional(schemeId).map(Scheme::code).orElse(null))) {
                throw ProblemException.notFound("No performance cohort " + id);
            }
        }
        return cohort;
    }

    private long members(UUID cohortId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM performance_cohort_member WHERE cohort_id = :c")
                .setParameter("c", cohortId).getSingleResult()).longValue();
    }

    private long proven(UUID cohortId, LocalDate from, LocalDate to) {
        return ((Number) em.createNativeQuery(COUNT_PROVEN).setParameter("cohort", cohortId)
                .setParameter("from", from).setParameter("to", to).getSingleResult()).longValue();
    }
}
