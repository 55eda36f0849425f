package uk.ppo.offender.access;

import uk.ppo.common.problem.ProblemException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ETag / If-Match carry a record's version as {@code "3"} (weak {@code W/"3"} accepted). */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private Versions() {
    }

    /** The version in an If-Match header; null when absent. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher m = TAG.matcher(header.strip());
        if (!m.matches()) {
            throw ProblemException.invalid("If-Match", "must be the ETag of the record, e.g. \"3\"");
        }
        return Long.parseLong(m.group(1));
    }
}
