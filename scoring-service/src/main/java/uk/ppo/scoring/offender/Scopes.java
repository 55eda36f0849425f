package uk.ppo.scoring.offender;

import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.security.Entitlements;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What offender-service says a person or scheme belongs to, for {@link Entitlements} to decide on. A person's
 * scheme is asked for on every check (a transfer moves access at once); a scheme's code never changes, so it
 * is kept once known. When offender-service cannot answer, the check fails closed: 503, nothing served.
 */
@ApplicationScoped
public class Scopes {

    private static final OffenderFailure.Wording LOOK_UP = new OffenderFailure.Wording(
            status -> "offender-service refused to say what the caller may see (" + status + "); nothing was served",
            (outage, cause) -> "offender-service is unavailable to check what the caller may see; try again shortly");

    private final OffenderService offender;
    private final Entitlements entitlements;
    private final Map<UUID, String> schemeCodes = new ConcurrentHashMap<>();

    Scopes(OffenderService offender, Entitlements entitlements) {
        this.offender = offender;
        this.entitlements = entitlements;
    }

    /** Passes when the caller may see the person (by their current scheme); else the 404 "No person {id}". */
    public void requirePerson(UUID personId) {
        entitlements.requirePerson(personId, currentSchemeOf(personId).orElse(null));
    }

    /**
     * The person's current scheme code as offender-service holds it now; empty when it knows no such person,
     * or when their processing is restricted and the caller is neither the data protection officer nor an
     * auditor (that attempt is audited as refused).
     */
    public Optional<String> currentSchemeOf(UUID personId) {
        Optional<OffenderInputs.PersonScheme> person = offender.currentSchemeOf(personId, LOOK_UP);
        if (person.isPresent() && person.get().restricted() && !entitlements.mayReachRestricted()) {
            entitlements.refused(personId, "person restricted");
            return Optional.empty();
        }
        return person.map(OffenderInputs.PersonScheme::schemeCode);
    }

    /** The scheme's code when the caller may see it; else the 404 "No scheme {id}", the same for an unknown scheme. */
    public String requireScheme(UUID schemeId) {
        String code = schemeCode(schemeId).orElse(null);
        entitlements.requireScheme(schemeId, code);
        return code;
    }

    /** The scheme's code; empty when offender-service knows no such scheme. */
    public Optional<String> schemeCode(UUID schemeId) {
        String known = schemeCodes.get(schemeId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> code = offender.schemeCode(schemeId, LOOK_UP);
        code.ifPresent(c -> schemeCodes.put(schemeId, c));
        return code;
    }
}
