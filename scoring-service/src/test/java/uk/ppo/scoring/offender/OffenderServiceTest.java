package uk.ppo.scoring.offender;

import io.quarkus.oidc.client.OidcClientException;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.common.problem.ProblemType;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OffenderServiceTest {

    static final OffenderFailure.Wording WORDING = new OffenderFailure.Wording(
            status -> "refused " + status, (outage, cause) -> outage + ": " + cause);

    static OffenderService failingWith(RuntimeException failure) {
        return new OffenderService(new OffenderClient(null, null) {
            @Override
            public OffenderInputs.Page page(UUID schemeId, LocalDate asOf, LocalDate from, int page, UUID after, UUID until) {
                throw failure;
            }
        });
    }

    static RuntimeException failure(String kind, String message) {
        return switch (kind) {
            case "REJECTED_403" -> new OffenderErrors.Rejected(403, message);
            case "REJECTED_404" -> new OffenderErrors.Rejected(404, message);
            case "UNAVAILABLE" -> new OffenderErrors.Unavailable(message);
            case "PROCESSING" -> new ProcessingException(message);
            case "TIMEOUT" -> new TimeoutException(message);
            case "CIRCUIT_OPEN" -> new CircuitBreakerOpenException(message);
            case "NO_TOKEN" -> new OidcClientException(message);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} -> {1} {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            REJECTED_403 | BAD_GATEWAY         | 403 | refused 403
            REJECTED_404 | BAD_GATEWAY         | 404 | refused 404
            UNAVAILABLE  | SERVICE_UNAVAILABLE | 0   | UNREACHABLE: why
            PROCESSING   | SERVICE_UNAVAILABLE | 0   | UNREACHABLE: why
            TIMEOUT      | SERVICE_UNAVAILABLE | 0   | UNREACHABLE: why
            CIRCUIT_OPEN | SERVICE_UNAVAILABLE | 0   | CIRCUIT_OPEN: why
            NO_TOKEN     | SERVICE_UNAVAILABLE | 0   | NO_TOKEN: why
            """)
    void eachFailureOfOffenderServiceBecomesOneProblemWordedByTheCaller(String kind, ProblemType type, int status, String detail) {
        OffenderFailure failure = assertThrows(OffenderFailure.class,
                () -> failingWith(failure(kind, "why")).page(UUID.randomUUID(), LocalDate.now(), LocalDate.now(), 0, null, null, WORDING));
        assertEquals(type, failure.type());
        assertEquals(detail, failure.getMessage());
        assertEquals(status, failure.refusedStatus());
        assertEquals(status != 0, failure.refused());
    }

    @Test
    void anythingElseIsNotOffenderServicesFailure() {
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class,
                () -> failingWith(bug).page(UUID.randomUUID(), LocalDate.now(), LocalDate.now(), 0, null, null, WORDING)));
    }

    @Test
    void anAnswerPassesThrough() {
        OffenderInputs.Nominated nominated = new OffenderInputs.Nominated(UUID.randomUUID(), "PENDING");
        OffenderService service = new OffenderService(new OffenderClient(null, null) {
            @Override
            public Optional<OffenderInputs.Nominated> nominate(String callerToken, UUID personId, OffenderInputs.Nominate nomination) {
                return Optional.of(nominated);
            }
        });
        assertEquals(Optional.of(nominated), service.nominate("token", UUID.randomUUID(),
                new OffenderInputs.Nominate("CATCH_CONVICT", "PROLIFIC", "reason", "POLICE"), WORDING));
    }
}
