package uk.ppo.common.security;

import java.util.Set;
import java.util.TreeSet;

/**
 * The schemes a caller may see, as their token's {@code schemes} claim gives them: some scheme codes,
 * every scheme ({@code "*"}), or none. A token without the claim has no scope at all: entitlements
 * fail closed.
 */
public final class Scope {

    /** The claim value that gives every scheme (county-wide roles and partner systems). */
    public static final String EVERY_SCHEME = "*";

    private static final Scope NONE = new Scope(false, Set.of());
    private static final Scope ALL = new Scope(true, Set.of());

    private final boolean all;
    private final Set<String> codes;

    private Scope(boolean all, Set<String> codes) {
        this.all = all;
        this.codes = codes;
    }

    public static Scope none() {
        return NONE;
    }

    public static Scope all() {
        return ALL;
    }

    /** The scope a claim's values give: {@code "*"} among them means every scheme; blank values count for nothing. */
    public static Scope of(Iterable<String> claimValues) {
        Set<String> codes = new TreeSet<>();
        for (String value : claimValues) {
            String code = value == null ? "" : value.strip();
            if (code.equals(EVERY_SCHEME)) {
                return ALL;
            }
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes.isEmpty() ? NONE : new Scope(false, Set.copyOf(codes));
    }

    /** May this scope see people and data of the scheme with this code? Never for a null code. */
    public boolean covers(String schemeCode) {
        return schemeCode != null && (all || codes.contains(schemeCode));
    }

    public boolean coversEveryScheme() {
        return all;
    }

    public boolean isEmpty() {
        return !all && codes.isEmpty();
    }

    /** The scheme codes named, when the scope does not cover every scheme (then empty). */
    public Set<String> codes() {
        return codes;
    }

    @Override
    public String toString() {
        return all ? EVERY_SCHEME : String.join(",", codes);
    }
}
