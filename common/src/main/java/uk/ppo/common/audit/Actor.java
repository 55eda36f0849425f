package uk.ppo.common.audit;

import uk.ppo.common.security.Caller;

import java.util.TreeSet;

/**
 * Who an audit record names: user or client, their roles (sorted, comma-separated), agency, the
 * request id and purpose of the request they made, and the client the token was issued to. Captured from the request's {@link Caller}, so
 * background work started by a request (a score run) can still name whoever started it.
 */
public record Actor(String username, String roles, String agency, String requestId, String purpose, String client) {

    public static Actor of(Caller caller) {
        return new Actor(caller.username(), String.join(",", new TreeSet<>(caller.roles())), caller.agency(), caller.requestId(),
                caller.purpose(), caller.clientId());
    }
}
