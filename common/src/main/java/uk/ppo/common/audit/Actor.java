package uk.ppo.common.audit;

import uk.ppo.common.security.Caller;

import java.util.TreeSet;

/**
 * Who an audit record names: user or client, their roles (sorted, comma-separated), agency, and the
 * request id and purpose of the request they made. Captured from the request's {@link Caller}, so
 * background work started by a request (a score run) can still name whoever started it.
 */
public record Actor(String username, String roles, String agency, String requestId, String purpose) {

    public static Actor of(Caller caller) {
        return new Actor(caller.username(), String.join(",", new TreeSet<>(caller.roles())), caller.agency(), caller.requestId(),
                caller.purpose());
    }
}
