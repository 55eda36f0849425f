package uk.ppo.common.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.ppo.common.problem.RequestIds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, as the token says: user or client, roles, agency, and the schemes they may see (see
 * {@link Scope}: no {@code schemes} claim means none). Also the request id and the purpose the caller
 * gave ({@code X-Purpose}), for the audit log. Scope decisions are {@link Entitlements}'.
 */
@RequestScoped
@Unremovable // common's exception mappers look it up for the audit of refusals, in modules that inject it nowhere
public class Caller {

    public static final String PURPOSE_HEADER = "X-Purpose";

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private Scope scope;

    Caller(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    private Object claim(String name) {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(name) : null;
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String agency() {
        Object agency = claim(Roles.AGENCY_CLAIM);
        if (agency instanceof JsonString s) {
            return s.getString();
        }
        return agency == null ? null : agency.toString();
    }

    /** The client the token was issued to ({@code azp}): for a partner system, the system itself. */
    public String clientId() {
        Object azp = claim("azp");
        if (azp instanceof JsonString s) {
            return s.getString();
        }
        return azp == null ? null : azp.toString();
    }

    /** The schemes this caller may see: only the token's {@code schemes} claim decides, and no claim means none. */
    public Scope scope() {
        if (scope == null) {
            scope = scopeOf(claim(Roles.SCHEMES_CLAIM));   // read once per request: lists ask for every row
        }
        return scope;
    }

    private static Scope scopeOf(Object claim) {
        if (claim == null) {
            return Scope.none();
        }
        List<String> values = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            array.forEach(v -> values.add(v instanceof JsonString s ? s.getString() : v.toString()));
        } else if (claim instanceof JsonString s) {
            values.add(s.getString());
        } else if (claim instanceof Iterable<?> iterable) {
            iterable.forEach(v -> values.add(String.valueOf(v)));
        } else {
            values.add(claim.toString());
        }
        return Scope.of(values);
    }

    /** May this caller see people managed by the scheme with this code? */
    public boolean maySee(String schemeCode) {
        return scope().covers(schemeCode);
    }

    public String requestId() {
        return request.getCurrent() == null ? null : RequestIds.current(request.getCurrent().request());
    }

    public String purpose() {
        if (request.getCurrent() == null) {
            return null;
        }
        String purpose = request.getCurrent().request().getHeader(PURPOSE_HEADER);
        return purpose == null ? null : purpose.substring(0, Math.min(200, purpose.length()));
    }
}
