package uk.ppo.offender;

/**
 * The {@code If-Match} header as the API document states it: {@link uk.ppo.common.http.Versions#expected} accepts
 * {@code W/"n"} with n at most 18 digits, so nothing longer than 22 characters is a version; anything else is a 400
 * naming If-Match.
 */
public final class IfMatch {

    public static final int MAX_LENGTH = 22;

    private IfMatch() {
    }
}
