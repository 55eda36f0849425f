package uk.ppo.actionplan.offender;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.security.Entitlements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Which scheme a person is in <em>now</em>, and which schemes exist, as offender-service (the system of
 * record) answers. Nothing is cached: a transfer moves access at once. When offender-service cannot
 * answer, access cannot be checked and the request fails closed with a 503 problem.
 */
@ApplicationScoped
public class PersonSchemes {

    private static final Logger LOG = Logger.getLogger(PersonSchemes.class);

    private final OffenderClient client;
    private final Entitlements entitlements;

    PersonSchemes(OffenderClient client, Entitlements entitlements) {
        this.client = client;
        this.entitlements = entitlements;
    }

    /**
     * The code of the person's current scheme, or null when offender-service does not know them, or when their
     * processing is restricted and the caller is neither the data protection officer nor an auditor (that
     * attempt is audited as refused).
     */
    public String schemeOf(UUID personId) {
        OffenderApi.PersonScheme person = ask(() -> client.person(personId).orElse(null));
        if (person != null && person.restricted() && !entitlements.mayReachRestricted()) {
            entitlements.refused(personId, "person restricted");
            return null;
        }
        return person == null ? null : person.schemeCode();
    }

    /**
     * The current scheme code of each of the people offender-service knows; unknown people are absent, and so
     * are restricted people unless the caller may reach them.
     */
    public Map<UUID, String> schemesOf(Collection<UUID> personIds) {
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(personIds));
        Map<UUID, String> schemes = new HashMap<>();
        for (int from = 0; from < ids.size(); from += OffenderClient.BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + OffenderClient.BATCH));
            boolean restrictedToo = entitlements.mayReachRestricted();
            ask(() -> client.people(batch)).stream().filter(p -> restrictedToo || !p.restricted())
                    .forEach(p -> schemes.put(p.personId(), p.schemeCode()));
        }
        return schemes;
    }

    /** Is there a scheme with this code? */
    public boolean schemeExists(String schemeCode) {
        return ask(() -> client.schemes().stream().anyMatch(s -> s.schemeCode().equals(schemeCode)));
    }

    static <T> T ask(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("offender-service could not answer a scope look-up: %s", e.toString());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "Access cannot be checked just now: offender-service is unavailable; try again shortly");
        }
    }
}
