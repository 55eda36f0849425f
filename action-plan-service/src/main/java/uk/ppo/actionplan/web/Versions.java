package uk.ppo.actionplan.web;

import uk.ppo.common.problem.ProblemException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP: the ETag of a resource is its version ({@code "3"}); an update may
 * send it back in {@code If-Match}. A stale version is a 409 conflict naming {@code If-Match}.
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header asks for; null when absent or {@code *}. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher m = TAG.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw ProblemException.invalid(IF_MATCH, "must be the ETag of the resource, such as \"3\"");
        }
        return Long.parseLong(m.group(1));
    }

    /** Throws the 409 when the caller's version is not the current one. */
    public static void check(Long expected, long current, String what) {
        if (expected != null && expected != current) {
            throw ProblemException.conflict(IF_MATCH, what + " has changed since you read it (version " + expected
                    + ", now " + current + "); read it again and retry");
        }
    }
}
