package uk.ppo.actionplan.audit;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.security.AccessRefusals;

import java.util.UUID;

/**
 * common's refused attempts (a 403 for the caller's role, a person or scheme out of their scope) written to
 * action-plan-service's audit trail, each in a transaction of its own: action {@value AuditLog#REFUSED}, the
 * person when the attempt named one, and what was refused in the detail.
 */
@ApplicationScoped
@Unremovable   // looked up by common (Entitlements.record), never injected: the build must keep it
class AuditRefusals implements AccessRefusals {

    private final AuditLog audit;

    AuditRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void refused(Actor actor, UUID personId, String detail) {
        audit.refused(actor, personId, detail);
    }
}
