package uk.ppo.actionplan.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.ppo.actionplan.offender.Ni30Cohorts;
import uk.ppo.actionplan.offender.OffenderErrors;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Actuals the suite computes from data it holds: NI 30 from offender-service's cohort report (the cohort's proven
 * offences in the period), police.uk crimes from hotspot-service (a count of the categories in the area over the
 * period's months; per 1,000 of the area's population for a rate).
 */
@ApplicationScoped
class ComputedActuals {

    private static final Logger LOG = Logger.getLogger(ComputedActuals.class);

    /** A computed value and a sentence naming where it came from. */
    record Computed(BigDecimal value, String source) {
    }

    private final Ni30Cohorts cohorts;
    private final HotspotCounts hotspot;

    ComputedActuals(Ni30Cohorts cohorts, HotspotCounts hotspot) {
        this.cohorts = cohorts;
        this.hotspot = hotspot;
    }

    Computed compute(Indicator indicator, Indicator.Source source, Period period) {
        return switch (source.type()) {
            case NI30_COHORT -> ni30(source, period);
            case POLICE_UK_CRIMES -> policeUk(indicator, source, period);
        };
    }

    private Computed ni30(Indicator.Source source, Period period) {
        Ni30Cohorts.Report report = cohorts.report(source.cohortId(), period.end()).orElseThrow(() -> ProblemException.conflict(
                "source.cohortId", "offender-service has no NI 30 cohort " + source.cohortId()));
        String from = "offender-service NI 30 cohort '" + report.name() + "' (" + report.id() + "): proven offences ";
        if (period.kind() == PeriodKind.YEAR) {
            if (!period.start().equals(report.followUpFrom()) || !period.end().equals(report.followUpTo())) {
                throw ProblemException.invalid("period", "the cohort's follow-up year runs from " + report.followUpFrom() + " to "
                        + report.followUpTo() + ", not " + period.label());
            }
            return new Computed(BigDecimal.valueOf(report.followUpOffences()),
                    from + report.followUpFrom() + " to " + report.followUpTo());
        }
        return report.quarters().stream()
                .filter(q -> q.from().equals(period.start()) && q.to().equals(period.end()))
                .findFirst()
                .map(q -> new Computed(BigDecimal.valueOf(q.offences()), from + q.from() + " to " + q.to()
                        + " (follow-up quarter " + q.quarter() + ")"))
                .orElseThrow(() -> ProblemException.invalid("period", "the cohort's follow-up (" + report.followUpFrom() + " to "
                        + report.followUpTo() + ") has no quarter " + period.label()));
    }

    private Computed policeUk(Indicator indicator, Indicator.Source source, Period period) {
        HotspotApi.Count count;
        try {
            count = hotspot.count(source.areaCode(), period.firstMonth(), period.lastMonth(), source.crimeTypes());
        } catch (OffenderErrors.Rejected e) {
            throw e.status == 404
                    ? ProblemException.conflict("source.areaCode", "hotspot-service has no area " + source.areaCode())
                    : ProblemException.conflict("source.crimeTypes", "hotspot-service refused the source's crime types or months");
        } catch (RuntimeException e) {
            LOG.warnf("hotspot-service could not count %s: %s", source.areaCode(), e.toString());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "The police.uk figures cannot be read just now: hotspot-service is unavailable; try again shortly");
        }
        String what = "hotspot-service police.uk street-level crimes: " + String.join(" + ", count.crimeTypes()) + " in "
                + count.areaName() + " (" + count.areaCode() + "), " + count.from() + " to " + count.to() + ": " + count.count();
        if (indicator.kind() != IndicatorKind.RATE_PER_1000) {
            return new Computed(BigDecimal.valueOf(count.count()), what);
        }
        if (count.population() == null || count.population() == 0) {
            throw ProblemException.conflict("source.areaCode", "hotspot-service has no population for " + source.areaCode());
        }
        BigDecimal rate = BigDecimal.valueOf(count.count()).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(count.population()), 2, RoundingMode.HALF_UP);
        return new Computed(rate, what + " per 1,000 of " + count.population());
    }
}
