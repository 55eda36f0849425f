package uk.ppo.actionplan.offender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way action-plan-service calls offender-service, with its own token: every call has a timeout,
 * retries on unavailability with backoff, and a circuit breaker that stops hammering a service that is
 * down. Refusals (4xx) are not retried and do not open the circuit; a 404 is an empty answer. What a
 * failure means to a caller is {@link PersonSchemes}' to decide.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 15, durationUnit = ChronoUnit.SECONDS,
        retryOn = {OffenderErrors.Unavailable.class, ProcessingException.class, TimeoutException.class})
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = OffenderErrors.Rejected.class)
class OffenderClient {

    /** offender-service's limit on ids per batch look-up. */
    static final int BATCH = 500;

    private final OffenderApi api;
    private final ServiceToken serviceToken;

    OffenderClient(@RestClient OffenderApi api, ServiceToken serviceToken) {
        this.api = api;
        this.serviceToken = serviceToken;
    }

    /** The person's current scheme, or empty when offender-service does not know them. */
    Optional<OffenderApi.PersonScheme> person(UUID personId) {
        return emptyIfNotFound(() -> api.person(serviceToken.bearer(), personId));
    }

    /** The current schemes of at most {@link #BATCH} people; unknown people are absent. */
    List<OffenderApi.PersonScheme> people(List<UUID> ids) {
        OffenderApi.People found = api.people(serviceToken.bearer(), ids);
        return found == null || found.people() == null ? List.of() : found.people();
    }

    /** The scheme's code, or empty when there is no such scheme. */
    Optional<OffenderApi.Scheme> scheme(UUID schemeId) {
        return emptyIfNotFound(() -> api.scheme(serviceToken.bearer(), schemeId));
    }

    /** The scheme's current members and their facts (role conference-feed). */
    OffenderApi.AgendaFacts agendaFacts(UUID schemeId, LocalDate lateSince) {
        return api.agendaFacts(serviceToken.bearer(), schemeId, lateSince);
    }

    /** An NI 30 cohort's report as of a date, or empty when there is no such cohort (role indicator-feed). */
    Optional<Ni30Cohorts.Report> ni30Cohort(UUID cohortId, LocalDate asOf) {
        return emptyIfNotFound(() -> api.ni30Cohort(serviceToken.bearer(), cohortId, asOf));
    }

    /** Every scheme there is. */
    List<OffenderApi.Scheme> schemes() {
        OffenderApi.Schemes found = api.schemes(serviceToken.bearer());
        return found == null || found.schemes() == null ? List.of() : found.schemes();
    }

    /** offender-service's 404 is an empty answer; any other refusal is the caller's to handle. */
    private static <T> Optional<T> emptyIfNotFound(java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (OffenderErrors.Rejected e) {
            if (e.status == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
