package uk.ppo.offender.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.dataprotection.Job;
import uk.ppo.offender.dataprotection.Jobs;
import uk.ppo.offender.dataprotection.PartnerServices;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonService;
import uk.ppo.offender.scheme.SchemeAccess;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static uk.ppo.offender.NativeValues.instant;
import static uk.ppo.offender.NativeValues.localDate;

/**
 * The retention review queue and its decisions. A RETAIN decision sets the next review date; a DISPOSE
 * decision anonymises offender-service's records at once (the person is then unknown to every service, since
 * they all ask offender-service) and starts a disposal job for the records other services hold.
 */
@ApplicationScoped
class RetentionReviews {

    private static final String PEOPLE = """
            SELECT p.id, p.pnc_id, p.first_name, p.last_name, s.code, p.status, p.restricted_at IS NOT NULL,
                   CAST(p.created_at AS date),
                   CASE WHEN p.status IN ('ACTIVE', 'AMBER') THEN NULL
                        WHEN p.status = 'CANDIDATE' THEN CAST(p.created_at AS date)
                        ELSE (SELECT max(d.decided_on) FROM panel_decision d
                               WHERE d.person_id = p.id AND d.resulting_status IN ('DESELECTED', 'REMOVED')) END,
                   (SELECT max(o.offence_date) FROM offence o WHERE o.person_id = p.id),
                   coalesce(greatest((SELECT max(o.offence_date) FROM offence o WHERE o.person_id = p.id),
                                     (SELECT CAST(max(e.occurred_at) AS date) FROM partner_event e WHERE e.person_id = p.id),
                                     (SELECT max(d.decided_on) FROM panel_decision d WHERE d.person_id = p.id),
                                     (SELECT max(r.reviewed_on) FROM review r WHERE r.person_id = p.id),
                                     (SELECT CAST(max(n.nominated_at) AS date) FROM nomination n WHERE n.person_id = p.id),
                                     (SELECT max(a.assessed_on) FROM needs_assessment a WHERE a.person_id = p.id)),
                            CAST(p.created_at AS date)),
                   (SELECT rd.next_review_on FROM retention_decision rd WHERE rd.person_id = p.id
                     ORDER BY rd.decided_at DESC LIMIT 1)
              FROM person p JOIN scheme s ON s.id = p.scheme_id
             WHERE p.disposed_at IS NULL AND (:every OR s.code IN (:codes))""";

    private final EntityManager em;
    private final RetentionService policies;
    private final PersonService people;
    private final PersonDisposal disposal;
    private final Jobs jobs;
    private final PartnerServices partners;
    private final SchemeAccess schemes;
    private final AuditTrail audit;
    private final Caller caller;

    RetentionReviews(EntityManager em, RetentionService policies, PersonService people, PersonDisposal disposal, Jobs jobs,
                     PartnerServices partners, SchemeAccess schemes, AuditTrail audit, Caller caller) {
        this.em = em;
        this.policies = policies;
        this.people = people;
        this.disposal = disposal;
        this.jobs = jobs;
        this.partners = partners;
        this.schemes = schemes;
        this.audit = audit;
        this.caller = caller;
    }

    /** The people of the caller's schemes (or of one scheme) due for review on {@code asOf}, earliest first. */
    @Transactional
    Page<RetentionRecords.ReviewDue> due(LocalDate asOf, UUID schemeId, int page, int size) {
        String query = PEOPLE;
        if (schemeId != null) {
            schemes.visible(schemeId);
            query += " AND p.scheme_id = :scheme";
        }
        RetentionRecords.PolicyView policy = policies.current();
        var scope = caller.scope();
        var select = em.createNativeQuery(query)
                .setParameter("every", scope.coversEveryScheme())
                .setParameter("codes", scope.isEmpty() ? List.of("") : List.copyOf(scope.codes()));
        if (schemeId != null) {
            select.setParameter("scheme", schemeId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<RetentionRecords.ReviewDue> due = new ArrayList<>();
        for (Object[] r : rows) {
            var dates = new ReviewRules.PersonDates(localDate(r[7]), localDate(r[8]), localDate(r[9]), localDate(r[10]), localDate(r[11]));
            List<RetentionRecords.Reason> reasons = ReviewRules.due(policy.rules(), dates, asOf);
            if (!reasons.isEmpty()) {
                due.add(new RetentionRecords.ReviewDue((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (Boolean) r[6], reasons.get(0).dueOn(), reasons, policy.version()));
            }
        }
        due.sort(Comparator.comparing(RetentionRecords.ReviewDue::dueOn).thenComparing(d -> d.personId().toString()));
        int from = (int) Math.min(due.size(), (long) page * size);
        List<RetentionRecords.ReviewDue> items = due.subList(from, Math.min(due.size(), from + size));
        // one audit record per person listed: each person's disclosure log shows the review queue read them
        audit.recordEach(AuditAction.RETENTION_REVIEW_READ, items.stream().map(RetentionRecords.ReviewDue::personId).toList(),
                "retention reviews due " + asOf + " page=" + page + " due=" + due.size());
        return new Page<>(List.copyOf(items), page, size, due.size());
    }

    @Transactional
    RetentionRecords.DecisionView decide(UUID personId, RetentionRecords.Decide request) {
        Person person = people.visibleForUpdate(personId);
        LocalDate today = LocalDate.now();
        if (request.outcome() == RetentionRecords.Outcome.RETAIN) {
            if (request.nextReviewOn() == null) {
                throw ProblemException.invalid("nextReviewOn", "is required to RETAIN: when the person is next reviewed");
            }
            if (!request.nextReviewOn().isAfter(today) || request.nextReviewOn().isAfter(today.plusYears(10))) {
                throw ProblemException.invalid("nextReviewOn", "must be after today and within 10 years");
            }
        } else {
            if (request.nextReviewOn() != null) {
                throw ProblemException.invalid("nextReviewOn", "is for RETAIN only: a disposed person is not reviewed again");
            }
            if (person.status().isCurrentPpo()) {
                throw ProblemException.conflict("outcome", "the person is a current PPO: the panel deselects or removes"
                        + " them before their records can be disposed of");
            }
        }
        int policyVersion = policies.current().version();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        em.createNativeQuery("""
                        INSERT INTO retention_decision (id, person_id, outcome, reason, next_review_on, policy_version,
                                                        decided_by, decided_at)
                        VALUES (:id, :person, :outcome, :reason, :next, :policy, :by, :at)""")
                .setParameter("id", id).setParameter("person", personId).setParameter("outcome", request.outcome().name())
                .setParameter("reason", request.reason().strip())
                .setParameter("next", request.nextReviewOn() == null ? null : Date.valueOf(request.nextReviewOn()))
                .setParameter("policy", policyVersion).setParameter("by", caller.username())
                .setParameter("at", Timestamp.from(now))
                .executeUpdate();
        audit.record(AuditAction.RETENTION_DECISION, personId, request.outcome() + " under policy version " + policyVersion);
        UUID disposalId = null;
        if (request.outcome() == RetentionRecords.Outcome.DISPOSE) {
            String receipt = disposal.dispose(personId);
            disposalId = jobs.create(Job.Kind.DISPOSAL, personId, id, null, null, caller.username(),
                    Map.of(uk.ppo.offender.dataprotection.OffenderRecords.SERVICE, receipt), partners.names());
            audit.record(AuditAction.DISPOSAL, personId, "disposal " + disposalId + " started");
        }
        return new RetentionRecords.DecisionView(id, personId, request.outcome(), request.reason().strip(),
                request.nextReviewOn(), policyVersion, caller.username(), now, disposalId);
    }

    @Transactional
    RetentionRecords.DecisionView decision(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT d.id, d.person_id, d.outcome, d.reason, d.next_review_on, d.policy_version, d.decided_by,
                               d.decided_at, (SELECT j.id FROM data_protection_job j WHERE j.decision_id = d.id)
                          FROM retention_decision d WHERE d.id = :id""")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No retention decision " + id);
        }
        Object[] r = rows.get(0);
        if (!people.mayReachRecordsAbout((UUID) r[1])) {
            throw ProblemException.notFound("No retention decision " + id);
        }
        audit.record(AuditAction.RETENTION_DECISION_READ, (UUID) r[1], "decision " + id);
        return new RetentionRecords.DecisionView((UUID) r[0], (UUID) r[1], RetentionRecords.Outcome.valueOf((String) r[2]),
                (String) r[3], localDate(r[4]), ((Number) r[5]).intValue(), (String) r[6], instant(r[7]), (UUID) r[8]);
    }

    @Transactional
    RetentionRecords.DisposalView disposal(UUID id) {
        Job job = jobs.find(id, Job.Kind.DISPOSAL).filter(j -> people.mayReachRecordsAbout(j.personId()))
                .orElseThrow(() -> ProblemException.notFound("No disposal " + id));
        return RetentionRecords.DisposalView.of(job);
    }


}
