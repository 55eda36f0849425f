package uk.ppo.scoring.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.scoring.offender.OffenderFailure;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a run's failure reason and a submission's problem say when offender-service fails them. */
class OffenderFailureWordingTest {

    static String say(OffenderFailure.Wording wording, String failure) {
        return failure.startsWith("REFUSED_") ? wording.refused().apply(Integer.parseInt(failure.substring(8)))
                : wording.unavailable().apply(OffenderFailure.Outage.valueOf(failure), "offender-service answered 503");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            REFUSED_404  | offender-service does not know this scheme.
            REFUSED_403  | offender-service refused the scoring feed (403).
            UNREACHABLE  | offender-service was unavailable after retries (offender-service answered 503).
            CIRCUIT_OPEN | offender-service has been failing: its circuit breaker is open, so the run stopped without retrying; try again shortly.
            NO_TOKEN     | scoring-service could not get its access token from Keycloak to read offender-service.
            """)
    void aRunSaysWhyTheFeedFailed(String failure, String reason) {
        assertEquals(reason, say(ScoreRunner.FEED, failure));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            REFUSED_422  | offender-service refused the nomination of person 00000000-0000-0000-0000-000000000001 (422); 3 nominations were made, submit again to continue
            UNREACHABLE  | offender-service is unavailable; 3 nominations were made before it failed, submit again to continue
            CIRCUIT_OPEN | offender-service is unavailable; 3 nominations were made before it failed, submit again to continue
            """)
    void aSubmissionSaysHowFarItGot(String failure, String detail) {
        assertEquals(detail, say(ProposalSubmission.wording(UUID.fromString("00000000-0000-0000-0000-000000000001"), 3), failure));
    }
}
