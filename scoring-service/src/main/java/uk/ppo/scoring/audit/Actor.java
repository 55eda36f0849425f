package uk.ppo.scoring.audit;

import uk.ppo.common.security.Caller;

import java.util.TreeSet;

/**
 * Who started background work (a score run), captured while their request was in scope, so the
 * run's per-person audit records name them.
 */
public record Actor(String username, String roles, String agency, String requestId, String purpose) {

    public static Actor of(Caller caller) {
        return new Actor(caller.username(), String.join(",", new TreeSet<>(caller.roles())), caller.agency(), caller.requestId(),
                caller.purpose());
    }
}
