package uk.ppo.actionplan.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.ppo.actionplan.offender.OffenderErrors;
import uk.ppo.actionplan.offender.ServiceToken;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one way action-plan-service calls hotspot-service, with its own token (role {@code indicator-feed}): a timeout,
 * retries with backoff when hotspot-service is unavailable, and a circuit breaker. A refusal (4xx) is not retried.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 15, durationUnit = ChronoUnit.SECONDS,
        retryOn = {OffenderErrors.Unavailable.class, ProcessingException.class, TimeoutException.class})
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = OffenderErrors.Rejected.class)
class HotspotCounts {

    /** hotspot-service's answers told apart as offender-service's are. */
    public static class Errors extends OffenderErrors {
        @Override
        protected String service() {
            return "hotspot-service";
        }
    }

    private final HotspotApi api;
    private final ServiceToken serviceToken;

    HotspotCounts(@RestClient HotspotApi api, ServiceToken serviceToken) {
        this.api = api;
        this.serviceToken = serviceToken;
    }

    /** Crimes of the types in the area (its LSOAs) over the months from..to, with the area's population. */
    HotspotApi.Count count(String areaCode, YearMonth from, YearMonth to, List<String> crimeTypes) {
        return api.count(serviceToken.bearer(), areaCode, from.toString(), to.toString(), crimeTypes);
    }
}
