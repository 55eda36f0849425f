package uk.ppo.scoring.offender;

import io.quarkus.oidc.client.OidcClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * offender-service as the rest of scoring-service calls it: each call goes through {@link OffenderClient}
 * (timeout, retries, circuit breaker) and each failure is translated here, in one place, into an
 * {@link OffenderFailure} problem worded by the caller.
 */
@ApplicationScoped
public class OffenderService {

    private final OffenderClient client;

    OffenderService(OffenderClient client) {
        this.client = client;
    }

    /**
     * One page of a scheme's scoring inputs (the scoring feed): the people after {@code after} (null for the first page)
     * up to {@code until} (null for no end).
     */
    public OffenderInputs.Page page(UUID schemeId, LocalDate asOf, LocalDate from, int page, UUID after, UUID until,
                                    OffenderFailure.Wording wording) {
        return call(() -> client.page(schemeId, asOf, from, page, after, until), wording);
    }

    /** The person's current scheme as offender-service holds it now; empty when it knows no such person. */
    Optional<OffenderInputs.PersonScheme> currentSchemeOf(UUID personId, OffenderFailure.Wording wording) {
        return call(() -> client.currentSchemeOf(personId), wording);
    }

    /** The scheme's code; empty when offender-service knows no such scheme. */
    Optional<String> schemeCode(UUID schemeId, OffenderFailure.Wording wording) {
        return call(() -> client.schemeCode(schemeId), wording);
    }

    /**
     * Nominates a person as the coordinator whose token this is; empty when offender-service already holds a
     * pending nomination of theirs for the strand.
     */
    public Optional<OffenderInputs.Nominated> nominate(String callerToken, UUID personId, OffenderInputs.Nominate nomination,
                                                       OffenderFailure.Wording wording) {
        return call(() -> client.nominate(callerToken, personId, nomination), wording);
    }

    private static <T> T call(Supplier<T> call, OffenderFailure.Wording wording) {
        try {
            return call.get();
        } catch (OffenderErrors.Rejected e) {
            throw OffenderFailure.refused(e.status(), wording);
        } catch (CircuitBreakerOpenException e) {
            throw OffenderFailure.unavailable(OffenderFailure.Outage.CIRCUIT_OPEN, e, wording);
        } catch (OidcClientException e) {
            throw OffenderFailure.unavailable(OffenderFailure.Outage.NO_TOKEN, e, wording);
        } catch (OffenderErrors.Unavailable | ProcessingException | TimeoutException e) {
            throw OffenderFailure.unavailable(OffenderFailure.Outage.UNREACHABLE, e, wording);
        }
    }
}
