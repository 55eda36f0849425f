package uk.ppo.scoring.audit;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.security.AccessRefusals;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Refused attempts (a 403, or a 404 on a person or scheme that exists but is out of the caller's scope) in
 * scoring-service's audit trail, as {@link AuditAction#ACCESS_REFUSED}. Each is written in a transaction of its
 * own, so it is kept when the refused request's work rolls back; it names the {@code actor} it is given, since
 * it may be written on a worker thread after the request has gone.
 */
@ApplicationScoped
@Unremovable // looked up by common's Entitlements, never injected
class RefusalLog implements AccessRefusals {

    private static final String INSERT = """
            INSERT INTO audit_record (at, username, roles, agency, action, person_id, detail, request_id, purpose)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final DataSource dataSource;
    private final AuditTrail audit;

    RefusalLog(DataSource dataSource, AuditTrail audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(Actor actor, UUID personId, String detail) {
        Actor who = actor == null ? new Actor("unknown", "", null, null, null) : actor;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            audit.bindWho(insert, 1, who);
            insert.setString(5, AuditAction.ACCESS_REFUSED.name());
            insert.setObject(6, personId);
            insert.setString(7, detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200));
            audit.bindRequest(insert, 8, who);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the refused attempt to the audit trail", e);
        }
    }
}
