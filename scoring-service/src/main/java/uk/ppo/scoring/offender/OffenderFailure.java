package uk.ppo.scoring.offender;

import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * A call to offender-service that failed, as a problem: 502 when it refused (a 4xx, not retried), 503 when it
 * could not answer. Made only by {@link OffenderService}; the detail is the calling use's {@link Wording}, so
 * each says what could not be done.
 */
public final class OffenderFailure extends ProblemException {

    /** Why offender-service could not answer. */
    public enum Outage {
        /** It answered 5xx, 429 or 408, could not be reached, or did not answer in time, after the retries. */
        UNREACHABLE,
        /** Its circuit breaker is open: it has been failing, so it was not called. */
        CIRCUIT_OPEN,
        /** Keycloak gave scoring-service no access token to call it with. */
        NO_TOKEN
    }

    /**
     * What a use of offender-service says when it fails: given the status it refused with, or given why it could
     * not answer and the underlying message.
     */
    public record Wording(IntFunction<String> refused, BiFunction<Outage, String, String> unavailable) {
    }

    private final int refusedStatus;
    private final Outage outage;

    private OffenderFailure(ProblemType type, String detail, int refusedStatus, Outage outage) {
        super(type, detail);
        this.refusedStatus = refusedStatus;
        this.outage = outage;
    }

    static OffenderFailure refused(int status, Wording wording) {
        return new OffenderFailure(ProblemType.BAD_GATEWAY, wording.refused().apply(status), status, null);
    }

    static OffenderFailure unavailable(Outage outage, RuntimeException cause, Wording wording) {
        return new OffenderFailure(ProblemType.SERVICE_UNAVAILABLE, wording.unavailable().apply(outage, cause.getMessage()), 0, outage);
    }

    /** True when offender-service answered and refused; false when it could not answer. */
    public boolean refused() {
        return outage == null;
    }

    /** The status offender-service refused with; 0 when it could not answer. */
    public int refusedStatus() {
        return refusedStatus;
    }

    /** Why offender-service could not answer; null when it refused. */
    public Outage outage() {
        return outage;
    }
}
