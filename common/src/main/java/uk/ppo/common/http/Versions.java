package uk.ppo.common.http;

import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP, the same in every service: a record's ETag is its version
 * ({@code "3"}); an update may send it back in {@code If-Match}. A stale version is 412 Precondition
 * Failed naming {@code If-Match} (RFC 9110 §13.1.1); a malformed one is 400.
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
            throw ProblemException.invalid(IF_MATCH, "must be the ETag of the record, such as \"3\"");
        }
        return Long.parseLong(m.group(1));
    }

    /** 412 when the caller asked for a version that is no longer the current one. */
    public static void check(Long expected, long current, String what) {
        if (expected != null && expected != current) {
            String message = what + " has changed since you read it (version " + expected + ", now " + current
                    + "); read it again and retry";
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, message,
                    List.of(new Problem.Violation(IF_MATCH, message)));
        }
    }
}
