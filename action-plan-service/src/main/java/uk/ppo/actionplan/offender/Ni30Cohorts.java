package uk.ppo.actionplan.offender;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * offender-service's NI 30 cohort reports (a fixed cohort's proven offences in its follow-up year, by quarter), read
 * with action-plan-service's own client (role {@code indicator-feed}) for the NI 30 indicator's computed actuals. No
 * personal data: counts only. When offender-service cannot answer, the request fails with a 503 problem.
 */
@ApplicationScoped
public class Ni30Cohorts {

    private static final Logger LOG = Logger.getLogger(Ni30Cohorts.class);

    /** A follow-up quarter of the report: the fields read here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quarter(int quarter, LocalDate from, LocalDate to, boolean complete, long offences) {
    }

    /** offender-service's PerformanceCohortReport: the fields read here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(UUID id, String name, LocalDate followUpFrom, LocalDate followUpTo, boolean followUpEnded,
                         long followUpOffences, List<Quarter> quarters, long members, long baselineOffences,
                         long targetOffences, long proRataTargetOffences, Boolean onTrack, Boolean targetMet,
                         BigDecimal reductionPercent) {
    }

    private final OffenderClient client;

    Ni30Cohorts(OffenderClient client) {
        this.client = client;
    }

    /** The cohort's report as of {@code asOf}, or empty when offender-service has no such cohort. */
    public Optional<Report> report(UUID cohortId, LocalDate asOf) {
        try {
            return client.ni30Cohort(cohortId, asOf);
        } catch (RuntimeException e) {
            LOG.warnf("offender-service could not give NI 30 cohort %s: %s", cohortId, e.toString());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "The NI 30 figures cannot be read just now: offender-service is unavailable; try again shortly");
        }
    }
}
