package uk.ppo.actionplan.offender;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

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

    PersonSchemes(OffenderClient client) {
        this.client = client;
    }

    /** The code of the person's current scheme, or null when offender-service does not know them. */
    public String schemeOf(UUID personId) {
        return ask(() -> client.person(personId).map(OffenderApi.PersonScheme::schemeCode).orElse(null));
    }

    /** The current scheme code of each of the people offender-service knows; unknown people are absent. */
    public Map<UUID, String> schemesOf(Collection<UUID> personIds) {
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(personIds));
        Map<UUID, String> schemes = new HashMap<>();
        for (int from = 0; from < ids.size(); from += OffenderClient.BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + OffenderClient.BATCH));
            ask(() -> client.people(batch)).forEach(p -> schemes.put(p.personId(), p.schemeCode()));
        }
        return schemes;
    }

    /** Is there a scheme with this code? */
    public boolean schemeExists(String schemeCode) {
        return ask(() -> client.schemes().stream().anyMatch(s -> s.schemeCode().equals(schemeCode)));
    }

    private static <T> T ask(Supplier<T> call) {
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
