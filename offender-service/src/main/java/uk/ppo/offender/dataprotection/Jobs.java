package uk.ppo.offender.dataprotection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static uk.ppo.offender.NativeValues.instant;
import static uk.ppo.offender.NativeValues.localDate;

/**
 * Disposal and subject-access jobs as rows ({@code data_protection_job}, {@code data_protection_step}), so
 * they outlive the request, the replica and a restart. A step is claimed with {@code FOR UPDATE SKIP LOCKED}:
 * any replica may work it, never two at once, and a replica that dies mid-step releases it with its connection.
 */
@ApplicationScoped
public class Jobs {

    /** A step claimed for work, locked until the claiming transaction ends. */
    record Claimed(UUID jobId, Job.Kind kind, UUID personId, LocalDate from, LocalDate to, String service, int attempts) {
    }

    private final EntityManager em;

    Jobs(EntityManager em) {
        this.em = em;
    }

    /**
     * A new job: steps already done (service to its answer) and steps to do, due at once.
     * In the caller's transaction, so a job exists only if what started it was stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID create(Job.Kind kind, UUID personId, UUID decisionId, LocalDate from, LocalDate to, String requestedBy,
                       Map<String, String> done, List<String> pending) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("""
                        INSERT INTO data_protection_job (id, kind, person_id, decision_id, period_from, period_to, status,
                                                         requested_by, requested_at)
                        VALUES (:id, :kind, :person, :decision, :from, :to, 'PENDING', :by, :at)""")
                .setParameter("id", id).setParameter("kind", kind.name()).setParameter("person", personId)
                .setParameter("decision", decisionId)
                .setParameter("from", from == null ? null : Date.valueOf(from))
                .setParameter("to", to == null ? null : Date.valueOf(to))
                .setParameter("by", requestedBy).setParameter("at", now)
                .executeUpdate();
        done.forEach((service, result) -> step(id, service, "DONE", now, result));
        pending.forEach(service -> step(id, service, "PENDING", now, null));
        settle(id);
        return id;
    }

    private void step(UUID job, String service, String state, Timestamp now, String result) {
        em.createNativeQuery("""
                        INSERT INTO data_protection_step (job_id, service, state, attempts, next_attempt_at, done_at, result)
                        VALUES (:job, :service, :state, 0, :now, :doneAt, :result)""")
                .setParameter("job", job).setParameter("service", service).setParameter("state", state)
                .setParameter("now", now).setParameter("doneAt", "DONE".equals(state) ? now : null)
                .setParameter("result", result)
                .executeUpdate();
    }

    @Transactional
    public Optional<Job> find(UUID id, Job.Kind kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, person_id, decision_id, period_from, period_to, status, requested_by, requested_at, completed_at
                          FROM data_protection_job WHERE id = :id AND kind = :kind""")
                .setParameter("id", id).setParameter("kind", kind.name()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new Job((UUID) r[0], kind, (UUID) r[1], (UUID) r[2], localDate(r[3]), localDate(r[4]),
                Job.Status.valueOf((String) r[5]), (String) r[6], instant(r[7]), instant(r[8]), steps(id)));
    }

    private List<Job.Step> steps(UUID job) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT service, state, attempts, next_attempt_at, last_error, done_at, result
                          FROM data_protection_step WHERE job_id = :job ORDER BY service""")
                .setParameter("job", job).getResultList();
        List<Job.Step> steps = new ArrayList<>();
        for (Object[] r : rows) {
            steps.add(new Job.Step((String) r[0], Job.StepState.valueOf((String) r[1]), ((Number) r[2]).intValue(),
                    instant(r[3]), (String) r[4], instant(r[5]), (String) r[6]));
        }
        return steps;
    }

    /** The step due soonest that no other worker holds, locked for this transaction; none when nothing is due. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Claimed> claimDue() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT s.job_id, j.kind, j.person_id, j.period_from, j.period_to, s.service, s.attempts
                          FROM data_protection_step s JOIN data_protection_job j ON j.id = s.job_id
                         WHERE s.state = 'PENDING' AND s.next_attempt_at <= now()
                         ORDER BY s.next_attempt_at
                         LIMIT 1
                           FOR UPDATE OF s SKIP LOCKED""")
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new Claimed((UUID) r[0], Job.Kind.valueOf((String) r[1]), (UUID) r[2], localDate(r[3]),
                localDate(r[4]), (String) r[5], ((Number) r[6]).intValue()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void done(Claimed step, String result) {
        em.createNativeQuery("""
                        UPDATE data_protection_step SET state = 'DONE', attempts = attempts + 1, done_at = now(),
                               last_error = NULL, result = :result
                         WHERE job_id = :job AND service = :service""")
                .setParameter("result", result).setParameter("job", step.jobId()).setParameter("service", step.service())
                .executeUpdate();
        settle(step.jobId());
    }

    /** A failed attempt: retried after {@code delay}, or, when it was the last one allowed, the step (and job) failed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void failed(Claimed step, String error, boolean lastAttempt, Duration delay) {
        em.createNativeQuery("""
                        UPDATE data_protection_step SET state = :state, attempts = attempts + 1, last_error = :error,
                               next_attempt_at = now() + make_interval(secs => :delay)
                         WHERE job_id = :job AND service = :service""")
                .setParameter("state", lastAttempt ? "FAILED" : "PENDING")
                .setParameter("error", error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter("delay", (double) delay.toMillis() / 1000)
                .setParameter("job", step.jobId()).setParameter("service", step.service())
                .executeUpdate();
        settle(step.jobId());
    }

    /** Completed when every step is done, failed when any step failed, else still pending. */
    private void settle(UUID job) {
        em.createNativeQuery("""
                        UPDATE data_protection_job j
                           SET status = settled.status,
                               completed_at = CASE WHEN settled.status = 'COMPLETED' THEN coalesce(j.completed_at, now()) END
                          FROM (SELECT CASE WHEN bool_and(state = 'DONE') THEN 'COMPLETED'
                                            WHEN bool_or(state = 'FAILED') THEN 'FAILED' ELSE 'PENDING' END AS status
                                  FROM data_protection_step WHERE job_id = :job) settled
                         WHERE j.id = :job""")
                .setParameter("job", job)
                .executeUpdate();
    }


}
