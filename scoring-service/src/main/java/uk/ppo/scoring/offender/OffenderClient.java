package uk.ppo.scoring.offender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * How scoring-service calls offender-service, used only through {@link OffenderService}: every call has a
 * timeout, retries on unavailability with backoff, and a circuit breaker that stops hammering a service that is
 * down. Refusals (4xx) are not retried and do not open the circuit; a 404 of a look-up is an empty result, and
 * so is a 409 of a nomination (one is already pending).
 */
@ApplicationScoped
class OffenderClient {

    static final int PAGE_SIZE = 1000;

    private final OffenderApi api;
    private final ServiceToken serviceToken;

    OffenderClient(@RestClient OffenderApi api, ServiceToken serviceToken) {
        this.api = api;
        this.serviceToken = serviceToken;
    }

    /**
     * One page of a scheme's scoring inputs, read with scoring-service's own token (role scoring-feed): the people after
     * {@code after} (the previous page's last person, or where an id range starts; null for the first page) up to
     * {@code until} (where an id range ends; null for the end), in id order. Only a page without {@code after} counts
     * the scheme (its {@code total}); the others answer -1.
     */
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 4, delay = 250, jitter = 100, maxDuration = 60, durationUnit = ChronoUnit.SECONDS,
            retryOn = {OffenderErrors.Unavailable.class, ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = OffenderErrors.Rejected.class)
    public OffenderInputs.Page page(UUID schemeId, LocalDate asOf, LocalDate from, int page, UUID after, UUID until) {
        return api.scoringInputs(serviceToken.bearer(), schemeId, asOf, from, page, PAGE_SIZE, after, until, after == null);
    }

    /** The person's current scheme code as offender-service holds it now; empty when it knows no such person. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            retryOn = {OffenderErrors.Unavailable.class, ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = OffenderErrors.Rejected.class)
    public Optional<OffenderInputs.PersonScheme> currentSchemeOf(UUID personId) {
        try {
            return Optional.ofNullable(api.personScheme(serviceToken.bearer(), personId));
        } catch (OffenderErrors.Rejected e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The scheme's code; empty when offender-service knows no such scheme. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            retryOn = {OffenderErrors.Unavailable.class, ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = OffenderErrors.Rejected.class)
    public Optional<String> schemeCode(UUID schemeId) {
        try {
            return Optional.ofNullable(api.schemeCode(serviceToken.bearer(), schemeId).schemeCode());
        } catch (OffenderErrors.Rejected e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Nominates a person, acting as the coordinator who submitted the proposal (their token). */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 250, jitter = 100,
            retryOn = {OffenderErrors.Unavailable.class, ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = OffenderErrors.Rejected.class)
    public Optional<OffenderInputs.Nominated> nominate(String callerToken, UUID personId, OffenderInputs.Nominate nomination) {
        try {
            return Optional.of(api.nominate("Bearer " + callerToken, "PPO score run proposal submitted to the panel", personId, nomination));
        } catch (OffenderErrors.Rejected e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
