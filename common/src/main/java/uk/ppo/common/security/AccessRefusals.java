package uk.ppo.common.security;

import uk.ppo.common.audit.Actor;

import java.util.UUID;

/**
 * Where a service writes down an attempt it refused: a 403 for the caller's role, or a 404 on a person
 * or scheme that exists but is out of the caller's scope. Each service that keeps an audit trail
 * implements it over its own audit table, in a transaction of its own (the refused request's work is
 * rolled back, its refusal is kept). A module without an implementation (the gateway) records nothing.
 */
public interface AccessRefusals {

    /**
     * Who was refused ({@code actor}, captured from the request), {@code personId} when the attempt named
     * a person, and {@code detail}: what and why. May run outside the request (on a worker thread).
     */
    void refused(Actor actor, UUID personId, String detail);
}
