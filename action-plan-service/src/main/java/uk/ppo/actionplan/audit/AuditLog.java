package uk.ppo.actionplan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.audit.AuditFailures;
import uk.ppo.common.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes the append-only audit trail: who, which roles and agency (from the token, through common's
 * {@link Caller}), what, about which subject and person, when, the request id and the purpose the
 * caller gave in {@code X-Purpose}. Called by services inside their transaction, so a change and its
 * audit row commit together; each record is written when it is made (not at the flush before commit), so one that
 * cannot be written fails there and is counted in {@code ppo_audit_write_failures_total}. Unlike the other services' person-only audit, it also keeps the history
 * of a partnership plan (its subject and plan columns).
 */
@ApplicationScoped
public class AuditLog {

    /** The action of a refused attempt's record. */
    public static final String REFUSED = "ACCESS_REFUSED";

    private final AuditRepository entries;
    private final Caller caller;
    private final AuditFailures failures;
    private final Clock clock = Clock.systemUTC();

    AuditLog(AuditRepository entries, Caller caller, AuditFailures failures) {
        this.entries = entries;
        this.caller = caller;
        this.failures = failures;
    }

    /** A change with no personal data (a case conference, a delivery plan). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(String action, String subjectType, UUID subjectId, String detail) {
        write(action, subjectType, subjectId, null, null, detail);
    }

    /** A change to a partnership plan or one of its parts: kept as the plan's history. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planChange(UUID planId, String action, String subjectType, UUID subjectId, String detail) {
        write(action, subjectType, subjectId, null, planId, detail);
    }

    /** A read or change of a person's data. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void personal(String action, String subjectType, UUID subjectId, UUID personId, String detail) {
        write(action, subjectType, subjectId, personId, null, detail);
    }

    /** One entry of a list read: what was shown (a plan, a conference) and whose data it holds. */
    public record Listed(UUID subjectId, UUID personId) {
    }

    /**
     * A list read (ppo-plans, a conference's items, the open actions raised at conferences): one record per
     * subject and person shown, all with {@code action} and {@code detail} (which names the list), written by
     * one statement. Nothing shown, nothing written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void personalEach(String action, String subjectType, List<Listed> shown, String detail) {
        if (shown.isEmpty()) {
            return;
        }
        Actor actor = Actor.of(caller);
        counted(() -> entries.insertEach(new AuditEntry(Instant.now(clock), truncate(actor.username(), 120), truncate(actor.roles(), 300),
                truncate(actor.agency(), 60), action, subjectType, null, null, null, truncate(detail, 2000),
                truncate(actor.requestId(), 128), truncate(actor.purpose(), 300), truncate(actor.client(), 120)),
                shown.stream().map(Listed::subjectId).toArray(UUID[]::new), shown.stream().map(Listed::personId).toArray(UUID[]::new)));
    }

    /**
     * An attempt refused (a 403, or a person or scheme out of the caller's scope), naming {@code actor}: it may
     * run on a worker thread after the request, so it reads nothing from the request. Its own transaction: kept
     * even though the refused request rolls back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(Actor actor, UUID personId, String detail) {
        write(actor, REFUSED, personId == null ? "request" : "person", personId, personId, null, detail);
    }

    public List<AuditEntry> forSubject(UUID subjectId) {
        return entries.forSubject(subjectId);
    }

    public List<AuditEntry> forPerson(UUID personId, int page, int size) {
        return entries.forPerson(personId, page, size);
    }

    /** Every entry about the person made at or after {@code from} and before {@code until} (either null: open), oldest first. */
    public List<AuditEntry> ofPerson(UUID personId, Instant from, Instant until) {
        return entries.forPersonBetween(personId, from, until);
    }

    public long countForPerson(UUID personId) {
        return entries.countForPerson(personId);
    }

    public List<AuditEntry> forPlan(UUID planId, int page, int size) {
        return entries.forPlan(planId, page, size);
    }

    public long countForPlan(UUID planId) {
        return entries.countForPlan(planId);
    }

    private void write(String action, String subjectType, UUID subjectId, UUID personId, UUID planId, String detail) {
        write(Actor.of(caller), action, subjectType, subjectId, personId, planId, detail);
    }

    private void write(Actor actor, String action, String subjectType, UUID subjectId, UUID personId, UUID planId, String detail) {
        counted(() -> entries.insert(new AuditEntry(Instant.now(clock), truncate(actor.username(), 120), truncate(actor.roles(), 300),
                truncate(actor.agency(), 60), action, subjectType, subjectId, personId, planId, truncate(detail, 2000),
                truncate(actor.requestId(), 128), truncate(actor.purpose(), 300), truncate(actor.client(), 120))));
    }

    /** Runs an audit statement; one that fails is counted in {@code ppo_audit_write_failures_total} and fails the caller. */
    private void counted(Runnable statement) {
        try {
            statement.run();
        } catch (PersistenceException e) {
            failures.count();
            throw e;
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
