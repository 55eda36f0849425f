package uk.ppo.actionplan.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.eclipse.microprofile.rest.client.inject.RestClient;
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
        retryOn = {HotspotCounts.Unavailable.class, ProcessingException.class, TimeoutException.class})
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = HotspotCounts.Refused.class)
class HotspotCounts {

    /** 5xx, 429, 408: worth retrying. */
    static class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** 4xx: hotspot-service refused the question (an unknown area or crime type); retrying will not help. */
    static class Refused extends RuntimeException {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** Tells hotspot-service's answers apart for the fault-tolerance policy. */
    static class Errors implements ResponseExceptionMapper<RuntimeException> {
        @Override
        public boolean handles(int status, MultivaluedMap<String, Object> headers) {
            return status >= 400;
        }

        @Override
        public RuntimeException toThrowable(Response response) {
            int status = response.getStatus();
            return status >= 500 || status == 429 || status == 408 ? new Unavailable("hotspot-service answered " + status)
                    : new Refused(status, "hotspot-service refused the request (" + status + ")");
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
