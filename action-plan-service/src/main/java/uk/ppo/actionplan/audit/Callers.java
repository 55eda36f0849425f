package uk.ppo.actionplan.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.ppo.common.security.Roles;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** What a caller's token says about their reach: the schemes they are limited to, if any. */
public final class Callers {

    private Callers() {
    }

    /**
     * The scheme codes of the token's {@code schemes} claim; empty when the claim is absent, which
     * means every scheme.
     */
    public static Optional<Set<String>> schemes(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || !jwt.containsClaim(Roles.SCHEMES_CLAIM)) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(Roles.SCHEMES_CLAIM);
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                codes.add(text(value));
            }
        } else if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                codes.add(text(value));
            }
        } else if (claim != null) {
            codes.add(text(claim));
        }
        return Optional.of(codes);
    }

    /** Whether the caller may see records of the scheme: no schemes claim means every scheme. */
    public static boolean inScope(SecurityIdentity identity, String schemeCode) {
        return schemes(identity).map(s -> s.contains(schemeCode)).orElse(true);
    }

    static String text(Object claim) {
        if (claim instanceof JsonString string) {
            return string.getString();
        }
        return String.valueOf(claim);
    }
}
