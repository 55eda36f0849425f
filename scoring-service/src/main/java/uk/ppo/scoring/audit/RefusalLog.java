package uk.ppo.scoring.audit;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.security.AccessRefusals;

import java.util.UUID;

/**
 * Refused attempts (a 403, or a 404 on a person or scheme that exists but is out of the caller's scope) in
 * scoring-service's audit trail, as {@link AuditAction#ACCESS_REFUSED}, each in a transaction of its own, naming
 * the {@code actor} it is given (it may be written on a worker thread after the request has gone).
 */
@ApplicationScoped
@Unremovable // looked up by common's Entitlements, never injected
class RefusalLog implements AccessRefusals {

    private final AuditTrail audit;

    RefusalLog(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void refused(Actor actor, UUID personId, String detail) {
        audit.refused(actor, personId, detail);
    }
}
