package uk.ppo.offender.audit;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.security.AccessRefusals;

import java.util.UUID;

/**
 * offender-service writes refused attempts to its audit trail, each in its own transaction. Looked up by
 * common's {@code Entitlements}, never injected, so it must not be removed as unused.
 */
@ApplicationScoped
@Unremovable
class AuditedRefusals implements AccessRefusals {

    private final AuditTrail audit;

    AuditedRefusals(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void refused(Actor actor, UUID personId, String detail) {
        audit.refused(actor, personId, detail);
    }
}
