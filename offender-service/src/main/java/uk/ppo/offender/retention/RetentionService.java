package uk.ppo.offender.retention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.http.Versions;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.audit.AuditAction;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The retention policy: the current version, any earlier one, and changes, each a new version. The
 * current version's row is locked while a change is made, so two changes never both build on it.
 */
@ApplicationScoped
class RetentionService implements PanacheRepositoryBase<RetentionPolicy, Integer> {

    private static final TypeReference<List<RetentionRecords.Rule>> RULES = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final AuditTrail audit;
    private final Caller caller;

    RetentionService(ObjectMapper json, AuditTrail audit, Caller caller) {
        this.json = json;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    RetentionRecords.PolicyView current() {
        return view(latest(LockModeType.NONE));
    }

    @Transactional
    RetentionRecords.PolicyView version(int version) {
        return findByIdOptional(version).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("No retention policy version " + version));
    }

    @Transactional
    RetentionRecords.PolicyView change(Long expectedVersion, RetentionRecords.ChangePolicy change) {
        Set<RetentionRecords.RecordKind> missing = EnumSet.allOf(RetentionRecords.RecordKind.class);
        for (RetentionRecords.Rule rule : change.rules()) {
            if (!missing.remove(rule.kind())) {
                throw ProblemException.invalid("rules", "names " + rule.kind() + " more than once");
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("rules", "has no rule for " + missing + ": every kind of record needs one");
        }
        RetentionPolicy current = latest(LockModeType.PESSIMISTIC_WRITE);
        Versions.check(expectedVersion, current.version(), "The retention policy");
        List<RetentionRecords.Rule> rules = change.rules().stream()
                .sorted(java.util.Comparator.comparing(RetentionRecords.Rule::kind)).toList();
        RetentionPolicy next = new RetentionPolicy(current.version() + 1, write(rules), change.source().strip(),
                caller.username(), Instant.now());
        persist(next);
        audit.record(AuditAction.RETENTION_POLICY_CHANGE, null, "version " + next.version());
        return view(next);
    }

    private RetentionPolicy latest(LockModeType lock) {
        return find("order by version desc").withLock(lock).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("no retention policy: migration V7 seeds version 1"));
    }

    private RetentionRecords.PolicyView view(RetentionPolicy policy) {
        try {
            return new RetentionRecords.PolicyView(policy.version(), json.readValue(policy.rules(), RULES), policy.source(),
                    policy.createdBy(), policy.createdAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("retention policy version " + policy.version() + " is unreadable", e);
        }
    }

    private String write(List<RetentionRecords.Rule> rules) {
        try {
            return json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
