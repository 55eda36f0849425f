package uk.ppo.common.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.problem.ProblemException;

import java.util.UUID;
import java.util.function.Function;

/**
 * The one entitlement check on every path to a person or a scheme, in every service.
 * <ul>
 *   <li>A caller sees the schemes their token's {@code schemes} claim names ({@link Scope}); {@code *}
 *   means every scheme, and no claim means none.</li>
 *   <li>A person is checked against their <em>current</em> scheme, as offender-service holds it; never a
 *   scheme code from the request.</li>
 *   <li>Unknown and out of scope answer alike: the same 404 problem with the same detail. An attempt on
 *   something that exists but is out of scope is written to the service's audit trail as refused.</li>
 *   <li>A person whose processing is restricted (Data Protection Act 2018 s.47) is reached only by the data
 *   protection officer and auditors (in scope); to everyone else they answer as unknown, and the attempt is
 *   audited as refused.</li>
 * </ul>
 */
@ApplicationScoped
public class Entitlements {

    private static final Logger LOG = Logger.getLogger(Entitlements.class);

    private final Caller caller;

    Entitlements(Caller caller) {
        this.caller = caller;
    }

    public Scope scope() {
        return caller.scope();
    }

    public boolean maySee(String schemeCode) {
        return caller.maySee(schemeCode);
    }

    /**
     * Passes when the caller may see a person whose current scheme has this code; a null code means no
     * such person. Otherwise 404 "No person {id}", the same for both.
     */
    public void requirePerson(UUID personId, String currentSchemeCode) {
        if (!mayReachPerson(personId, currentSchemeCode)) {
            throw personNotFound(personId);
        }
    }

    /** As {@link #requirePerson(UUID, String)}, for a person who may be restricted. */
    public void requirePerson(UUID personId, String currentSchemeCode, boolean restricted) {
        if (!mayReachPerson(personId, currentSchemeCode, restricted)) {
            throw personNotFound(personId);
        }
    }

    /** As {@link #requirePerson}, for a scheme: a null code means no such scheme. 404 "No scheme {id}" for both. */
    public void requireScheme(Object schemeRef, String schemeCode) {
        if (!mayReachScheme(schemeCode)) {
            throw schemeNotFound(schemeRef);
        }
    }

    /**
     * May the caller reach a person whose current scheme has this code (null: no such person)? For a caller
     * that answers otherwise than with a 404 (an empty list); a person who exists out of scope is audited as refused.
     */
    public boolean mayReachPerson(UUID personId, String currentSchemeCode) {
        if (caller.maySee(currentSchemeCode)) {
            return true;
        }
        if (currentSchemeCode != null) {
            refused(personId, "person out of scope (scheme " + currentSchemeCode + ")");
        }
        return false;
    }

    /** As {@link #mayReachPerson(UUID, String)}, for a person who may be restricted. */
    public boolean mayReachPerson(UUID personId, String currentSchemeCode, boolean restricted) {
        if (!mayReachPerson(personId, currentSchemeCode)) {
            return false;
        }
        if (restricted && !mayReachRestricted()) {
            refused(personId, "person restricted");
            return false;
        }
        return true;
    }

    /** Restricted people are for the data protection officer and auditors alone. */
    public boolean mayReachRestricted() {
        return caller.hasRole(Roles.DATA_PROTECTION_OFFICER) || caller.hasRole(Roles.AUDITOR);
    }

    /** As {@link #mayReachPerson}, for a scheme (null: no such scheme). */
    public boolean mayReachScheme(String schemeCode) {
        if (caller.maySee(schemeCode)) {
            return true;
        }
        if (schemeCode != null) {
            refused(null, "scheme out of scope (" + schemeCode + ")");
        }
        return false;
    }

    /**
     * May the caller read an audit trail, filtered to {@code personId} (may be null)? A trail names people of
     * every scheme and has no scheme column: read whole only with every scheme; a caller limited to some
     * schemes reads one person's records at a time, of a person they may reach now ({@code currentScheme}
     * gives that person's scheme code, null when unknown).
     */
    public boolean mayReadAuditOf(UUID personId, Function<UUID, String> currentScheme) {
        if (caller.scope().coversEveryScheme()) {
            return true;
        }
        return personId != null && mayReachPerson(personId, currentScheme.apply(personId));
    }

    /** The answer for a person the caller may not know of. */
    public static ProblemException personNotFound(Object personRef) {
        return ProblemException.notFound("No person " + personRef);
    }

    public static ProblemException schemeNotFound(Object schemeRef) {
        return ProblemException.notFound("No scheme " + schemeRef);
    }

    /** Writes a refused attempt to this service's audit trail, in its own transaction, if the service keeps one. */
    public void refused(UUID personId, String detail) {
        record(Actor.of(caller), personId, detail);
    }

    /**
     * As {@link #refused}, for code with no {@code Entitlements} at hand (an exception mapper). On an I/O
     * thread (a role check Quarkus made before dispatching the request) the write goes to a worker thread.
     */
    public static void record(Actor actor, UUID personId, String detail) {
        var container = Arc.container();
        if (container == null) {
            return;
        }
        InstanceHandle<AccessRefusals> refusals = container.instance(AccessRefusals.class);
        if (!refusals.isAvailable()) {
            return;
        }
        if (Context.isOnEventLoopThread()) {
            Infrastructure.getDefaultWorkerPool().execute(() -> write(refusals.get(), actor, personId, detail));
        } else {
            write(refusals.get(), actor, personId, detail);
        }
    }

    private static void write(AccessRefusals refusals, Actor actor, UUID personId, String detail) {
        try {
            refusals.refused(actor, personId, detail);
        } catch (RuntimeException e) {
            // the refusal stands whether or not it could be written down; the failure is the audit's to report
            LOG.errorf("Could not audit a refused attempt (%s): %s", detail, e.getMessage());
        }
    }
}
