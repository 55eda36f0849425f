package uk.ppo.actionplan.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.ppo.common.problem.RequestIds;
import uk.ppo.common.security.Roles;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes the append-only audit trail: who (token preferred_username), which roles and agency, what,
 * about which subject and person, when, the request id and the purpose the caller gave in
 * {@code X-Purpose}. Called by services inside their transaction, so a change and its audit row
 * commit together.
 */
@ApplicationScoped
public class AuditLog {

    public static final String PURPOSE_HEADER = "X-Purpose";

    private final AuditRepository entries;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final Clock clock = Clock.systemUTC();

    AuditLog(AuditRepository entries, SecurityIdentity identity, CurrentVertxRequest request) {
        this.entries = entries;
        this.identity = identity;
        this.request = request;
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

    /** An attempt refused because the person is out of the caller's scope: kept even though the request fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String action, String subjectType, UUID subjectId, UUID personId, String detail) {
        write(action + "_REFUSED", subjectType, subjectId, personId, null, detail);
    }

    public List<AuditEntry> forSubject(UUID subjectId) {
        return entries.forSubject(subjectId);
    }

    public List<AuditEntry> forPerson(UUID personId, int page, int size) {
        return entries.forPerson(personId, page, size);
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
        entries.persist(new AuditEntry(Instant.now(clock), actor(), roles(), agency(), action, subjectType,
                subjectId, personId, planId, truncate(detail, 2000), truncate(header(RequestIds.HEADER), 128),
                truncate(header(PURPOSE_HEADER), 300)));
    }

    private String actor() {
        Principal principal = identity.getPrincipal();
        return principal == null || principal.getName() == null ? "anonymous" : truncate(principal.getName(), 120);
    }

    private String roles() {
        return truncate(String.join(",", identity.getRoles().stream().sorted().toList()), 300);
    }

    private String agency() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object agency = jwt.getClaim(Roles.AGENCY_CLAIM);
            return agency == null ? null : truncate(Callers.text(agency), 60);
        }
        return null;
    }

    private String header(String name) {
        RoutingContext current = request.getCurrent();
        HttpServerRequest http = current == null ? null : current.request();
        String value = http == null ? null : http.getHeader(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
