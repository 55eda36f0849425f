package uk.ppo.hotspot.audit;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.security.AccessRefusals;

import java.util.UUID;

/**
 * hotspot-service's refused attempts (a 403 for the caller's role) in its audit trail, each in a
 * transaction of its own. The service holds no personal data, so refusals are all its trail records.
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
