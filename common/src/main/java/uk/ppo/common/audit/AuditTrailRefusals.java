package uk.ppo.common.audit;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.security.AccessRefusals;

import java.util.UUID;

/**
 * Refused attempts written to the service's {@code audit_record} table ({@link AuditTrail#refused}), for the
 * services that keep their audit trail there: they set {@code ppo.audit.refusals=audit-trail} (a build-time
 * property, so modules without that table, the gateway among them, have no such bean).
 */
@ApplicationScoped
@Unremovable // looked up by Entitlements, never injected
@IfBuildProperty(name = "ppo.audit.refusals", stringValue = "audit-trail")
public class AuditTrailRefusals implements AccessRefusals {

    private final AuditTrail audit;

    AuditTrailRefusals(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void refused(Actor actor, UUID personId, String detail) {
        audit.refused(actor, personId, detail);
    }
}
