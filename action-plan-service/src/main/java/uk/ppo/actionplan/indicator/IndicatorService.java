package uk.ppo.actionplan.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.indicator.IndicatorPerformance.LastYear;
import uk.ppo.actionplan.indicator.IndicatorPerformance.PeriodPerformance;
import uk.ppo.actionplan.schedule.FiscalYear;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static uk.ppo.common.text.Text.blankToNull;

/**
 * Partnership indicators, their actuals and their performance. The board pack calls {@link #latestYears} and
 * {@link #ni30CohortIds}; like {@link #allPerformance}, they return typed records and write nothing.
 * <p>
 * Over 300 lines because recording an actual (given or computed from offender-service) and reading performance
 * share the indicator's period and target rules; the arithmetic itself is the pure {@code IndicatorArithmetic}.
 */
@ApplicationScoped
public class IndicatorService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final IndicatorRepository indicators;
    private final ActualRepository actuals;
    private final ComputedActuals computer;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    IndicatorService(IndicatorRepository indicators, ActualRepository actuals, ComputedActuals computer, AuditLog audit) {
        this.indicators = indicators;
        this.actuals = actuals;
        this.computer = computer;
        this.audit = audit;
    }

    @Transactional
    Indicator create(IndicatorRecords.IndicatorBody body, String by) {
        Indicator.Definition definition = definition(body);
        List<Indicator.Target> targets = targets(body, definition);
        if (indicators.codeTaken(definition.partnership(), definition.code(), new UUID(0, 0))) {
            throw ProblemException.conflict("code", definition.partnership() + " already has an indicator " + definition.code());
        }
        Indicator indicator = new Indicator(definition, targets, by, Instant.now(clock));
        indicators.persist(indicator);
        audit.change("INDICATOR_CREATED", "indicator", indicator.id(), definition.partnership() + " " + definition.code());
        return indicator;
    }

    @Transactional
    Indicator update(UUID id, IndicatorRecords.IndicatorBody body, Long expectedVersion, String by) {
        Indicator indicator = indicators.findForChange(id).orElseThrow(() -> notFound(id));
        Versions.check(expectedVersion, indicator.version(), "The indicator");
        Indicator.Definition definition = definition(body);
        List<Indicator.Target> targets = targets(body, definition);
        if (indicators.codeTaken(definition.partnership(), definition.code(), id)) {
            throw ProblemException.conflict("code", definition.partnership() + " already has an indicator " + definition.code());
        }
        indicator.revise(definition, targets, by, Instant.now(clock));
        indicators.flush();
        audit.change("INDICATOR_UPDATED", "indicator", id, definition.partnership() + " " + definition.code());
        return indicator;
    }

    @Transactional
    Page<Indicator> list(String partnership, int page, int size) {
        String p = blankToNull(partnership);
        return new Page<>(indicators.page(p, page, size), page, size, indicators.count(p));
    }

    @Transactional
    Indicator get(UUID id) {
        return indicators.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    List<IndicatorActual> actuals(UUID id, boolean history) {
        get(id);
        return actuals.of(id, history);
    }

    /** Records a partner's actual; a second one for the same period replaces the first, which stays as history. */
    @Transactional
    IndicatorRecords.Recorded record(UUID id, IndicatorRecords.RecordActual body, String by) {
        Indicator indicator = indicators.findForChange(id).orElseThrow(() -> notFound(id));
        Period period = period(indicator, body.period());
        if (indicator.kind() == IndicatorKind.PERCENTAGE && body.value().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ProblemException.invalid("value", "a percentage is at most 100");
        }
        return store(indicator, new IndicatorActual(id, period, body.value(), body.predicted(), blankToNull(body.note()), false, null,
                by, Instant.now(clock)), by);
    }

    /** Computes the period's actual from the indicator's source and records it as computed, naming the source. */
    @Transactional
    IndicatorRecords.Recorded compute(UUID id, String periodText, String by) {
        Indicator indicator = indicators.findForChange(id).orElseThrow(() -> notFound(id));
        Period period = period(indicator, periodText);
        Indicator.Source source = indicator.source().orElseThrow(() -> ProblemException.conflict("source",
                "the indicator has no source the suite can compute it from; partners enter its actuals"));
        ComputedActuals.Computed computed = computer.compute(indicator, source, period);
        return store(indicator, new IndicatorActual(id, period, computed.value(), null, null, true, computed.source(), by,
                Instant.now(clock)), by);
    }

    /** The indicator's performance in a financial year, period by period. */
    @Transactional
    public IndicatorPerformance performance(UUID id, FiscalYear year) {
        return performance(get(id), year);
    }

    /** The offender-service NI 30 cohorts the partnership's indicators are computed from (every partnership's when null). */
    @Transactional
    public List<UUID> ni30CohortIds(String partnership) {
        return indicators.all(partnership).stream().flatMap(i -> i.source().stream())
                .filter(source -> source.type() == SourceType.NI30_COHORT).map(Indicator.Source::cohortId).distinct().toList();
    }

    /** Every indicator (of every partnership) with its latest period that has an actual ending on or before {@code asOf}. */
    @Transactional
    public List<IndicatorPerformanceView> allPerformance(LocalDate asOf) {
        return allPerformance(null, asOf);
    }

    /** The partnership's indicators (every partnership's when null), each with its latest period on or before {@code asOf}. */
    @Transactional
    public List<IndicatorPerformanceView> allPerformance(String partnership, LocalDate asOf) {
        List<IndicatorPerformanceView> views = new ArrayList<>();
        for (Indicator indicator : indicators.all(partnership)) {
            Optional<Period> latest = latestPeriod(indicator, asOf);
            if (latest.isEmpty()) {
                views.add(new IndicatorPerformanceView(IndicatorPerformance.IndicatorSummary.of(indicator), null, null));
                continue;
            }
            Period period = latest.get();
            IndicatorPerformance performance = performance(indicator, period.financialYear());
            PeriodPerformance row = performance.periods().stream().filter(p -> p.period().equals(period.label())).findFirst()
                    .orElse(null);
            views.add(new IndicatorPerformanceView(performance.indicator(), performance.financialYear(), row));
        }
        return views;
    }

    /**
     * The partnership's indicators (every partnership's when null), each with its performance in the year of its latest
     * actual on or before {@code asOf}, or in the year {@code asOf} falls in before its first: what the board pack charts.
     */
    @Transactional
    public List<IndicatorPerformance> latestYears(String partnership, LocalDate asOf) {
        return indicators.all(partnership).stream().map(indicator -> performance(indicator,
                latestPeriod(indicator, asOf).map(Period::financialYear).orElse(FiscalYear.containing(asOf)))).toList();
    }

    private Optional<Period> latestPeriod(Indicator indicator, LocalDate asOf) {
        return actuals.latest(indicator.id(), asOf).map(actual -> Period.parse(actual.period()));
    }

    private IndicatorPerformance performance(Indicator indicator, FiscalYear year) {
        List<Period> periods = Period.ofYear(indicator.frequency().periodKind(), year);
        Set<String> labels = new HashSet<>();
        periods.forEach(p -> {
            labels.add(p.label());
            labels.add(p.sameLastYear().label());
        });
        Map<String, IndicatorActual> byPeriod = new HashMap<>();
        actuals.current(indicator.id(), labels).forEach(a -> byPeriod.put(a.period(), a));
        Optional<Indicator.Target> target = indicator.targetFor(year.label());
        boolean yearToDate = indicator.kind() == IndicatorKind.COUNT
                && (indicator.frequency() == Frequency.QUARTERLY || indicator.frequency() == Frequency.MONTHLY);

        List<PeriodPerformance> rows = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        for (Period period : periods) {
            IndicatorActual actual = byPeriod.get(period.label());
            cumulative = cumulative == null || actual == null ? null : cumulative.add(actual.value());
            IndicatorArithmetic.Share share = period.shareOfYear();
            BigDecimal line = target.map(t -> IndicatorArithmetic.proRata(t.value(), indicator.kind(), share)).orElse(null);
            BigDecimal stretchLine = target.filter(t -> t.stretchValue() != null)
                    .map(t -> IndicatorArithmetic.proRata(t.stretchValue(), indicator.kind(), share)).orElse(null);
            BigDecimal measure = actual == null ? null : yearToDate ? cumulative : actual.value();
            rows.add(new PeriodPerformance(period.label(), period.start(), period.end(),
                    actual == null ? null : actual.value(), yearToDate ? cumulative : null, line, stretchLine,
                    measure == null || line == null ? null : IndicatorArithmetic.onTrack(measure, line, indicator.polarity()),
                    measure == null || stretchLine == null ? null : IndicatorArithmetic.onTrack(measure, stretchLine, indicator.polarity()),
                    measure == null || line == null ? null
                            : IndicatorArithmetic.rag(measure, line, indicator.polarity(), indicator.amberTolerancePercent()),
                    actual == null ? null : actual.predicted(),
                    actual == null || actual.predicted() == null ? null
                            : IndicatorArithmetic.betterThanPredictedPercent(actual.value(), actual.predicted(), indicator.polarity()),
                    againstPredicted(indicator, actual),
                    lastYear(indicator, period, actual, byPeriod.get(period.sameLastYear().label())),
                    actual != null && actual.computed(), actual == null ? null : actual.source()));
        }
        return new IndicatorPerformance(IndicatorPerformance.IndicatorSummary.of(indicator), year.label(),
                target.map(Indicator.Target::value).orElse(null), target.map(Indicator.Target::stretchValue).orElse(null),
                indicator.amberTolerancePercent(), rows);
    }

    private static IndicatorArithmetic.AgainstPredicted againstPredicted(Indicator indicator, IndicatorActual actual) {
        if (actual == null) {
            return null;
        }
        if (indicator.kind() == IndicatorKind.PREDICTED_VS_ACTUAL_RATIO) {
            return IndicatorArithmetic.againstPredicted(actual.value(), indicator.polarity());
        }
        if (actual.predicted() == null) {
            return null;
        }
        return IndicatorArithmetic.againstPredicted(IndicatorArithmetic.ratio(actual.value(), actual.predicted()), indicator.polarity());
    }

    private static LastYear lastYear(Indicator indicator, Period period, IndicatorActual actual, IndicatorActual before) {
        String label = period.sameLastYear().label();
        if (before == null) {
            return new LastYear(label, null, null, null, null);
        }
        if (actual == null) {
            return new LastYear(label, before.value(), null, null, null);
        }
        BigDecimal change = actual.value().subtract(before.value());
        return new LastYear(label, before.value(), change, IndicatorArithmetic.changePercent(before.value(), actual.value()),
                IndicatorArithmetic.improved(change, indicator.polarity()));
    }

    private IndicatorRecords.Recorded store(Indicator indicator, IndicatorActual actual, String by) {
        Optional<IndicatorActual> previous = actuals.current(indicator.id(), actual.period());
        previous.ifPresent(p -> {
            p.supersede(by, actual.enteredAt());
            actuals.flush();
        });
        actuals.persist(actual);
        audit.change(actual.computed() ? "INDICATOR_ACTUAL_COMPUTED" : "INDICATOR_ACTUAL_RECORDED", "indicator", indicator.id(),
                indicator.partnership() + " " + indicator.code() + " " + actual.period() + " = " + actual.value().toPlainString()
                        + previous.map(p -> " (replacing " + p.value().toPlainString() + ")").orElse(""));
        return new IndicatorRecords.Recorded(IndicatorRecords.ActualView.of(actual),
                previous.map(IndicatorRecords.ActualView::of).orElse(null));
    }

    /** The period an actual names: well formed, of the indicator's frequency, and ended. */
    private Period period(Indicator indicator, String text) {
        Period period;
        try {
            period = Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", e.getMessage());
        }
        PeriodKind expected = indicator.frequency().periodKind();
        if (period.kind() != expected) {
            throw ProblemException.invalid("period", "the indicator is reported " + indicator.frequency()
                    + ": its periods are written like " + Period.ofYear(expected, period.financialYear()).get(0).label());
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        if (!period.endedBy(today)) {
            throw ProblemException.invalid("period", period.label() + " has not ended yet (it ends on " + period.end() + ")");
        }
        return period;
    }

    private static Indicator.Definition definition(IndicatorRecords.IndicatorBody b) {
        Indicator.Source source = null;
        if (b.source() != null) {
            IndicatorRecords.SourceBody s = b.source();
            switch (s.type()) {
                case NI30_COHORT -> {
                    if (s.cohortId() == null) {
                        throw ProblemException.invalid("source.cohortId", "an NI30_COHORT source names offender-service's cohort");
                    }
                    if (b.kind() != IndicatorKind.COUNT || (b.frequency() != Frequency.QUARTERLY && b.frequency() != Frequency.ANNUAL)) {
                        throw ProblemException.invalid("source.type", "an NI 30 cohort gives a COUNT, QUARTERLY or ANNUAL");
                    }
                    source = new Indicator.Source(s.type(), s.cohortId(), null, null);
                }
                case POLICE_UK_CRIMES -> {
                    if (s.areaCode() == null || s.areaCode().isBlank()) {
                        throw ProblemException.invalid("source.areaCode", "police.uk crimes are counted in an area: give its ONS code");
                    }
                    if (s.crimeTypes() == null || s.crimeTypes().isEmpty()) {
                        throw ProblemException.invalid("source.crimeTypes", "name at least one police.uk crime type");
                    }
                    if (b.kind() != IndicatorKind.COUNT && b.kind() != IndicatorKind.RATE_PER_1000) {
                        throw ProblemException.invalid("source.type", "police.uk crimes give a COUNT or a RATE_PER_1000");
                    }
                    source = new Indicator.Source(s.type(), null, s.areaCode().strip(), List.copyOf(new LinkedHashSet<>(
                            s.crimeTypes().stream().map(String::strip).toList())));
                }
            }
        }
        return new Indicator.Definition(b.partnership().strip(), b.code().strip(), b.title().strip(), b.definition().strip(),
                b.unit().strip(), b.polarity(), b.kind(), b.frequency(), blankToNull(b.baselinePeriod()), b.baselineValue(),
                b.lead().organisation().strip(), b.lead().jobTitle().strip(),
                b.amberTolerancePercent() == null ? IndicatorArithmetic.DEFAULT_AMBER_TOLERANCE_PERCENT : b.amberTolerancePercent(),
                source);
    }

    private static List<Indicator.Target> targets(IndicatorRecords.IndicatorBody b, Indicator.Definition d) {
        List<Indicator.Target> targets = new ArrayList<>();
        Set<String> years = new HashSet<>();
        List<IndicatorRecords.TargetBody> given = b.targets() == null ? List.of() : b.targets();
        for (int i = 0; i < given.size(); i++) {
            IndicatorRecords.TargetBody t = given.get(i);
            String at = "targets[" + i + "]";
            if (!years.add(t.financialYear())) {
                throw ProblemException.invalid(at + ".financialYear", "a target for this year is already given");
            }
            BigDecimal value = value(t.value(), t.reductionPercent(), d, at + ".value", at + ".reductionPercent", true);
            BigDecimal stretch = value(t.stretchValue(), t.stretchReductionPercent(), d, at + ".stretchValue",
                    at + ".stretchReductionPercent", false);
            if (stretch != null && !IndicatorArithmetic.onTrack(stretch, value, d.polarity())) {
                throw ProblemException.invalid(at + ".stretchValue", "a stretch target goes beyond the target, not short of it");
            }
            targets.add(new Indicator.Target(t.financialYear(), t.reductionPercent(), value, t.stretchReductionPercent(), stretch));
        }
        return targets;
    }

    private static BigDecimal value(BigDecimal value, BigDecimal reduction, Indicator.Definition d, String valueField,
                                    String reductionField, boolean required) {
        if (value != null && reduction != null) {
            throw ProblemException.invalid(valueField, "give the value or " + reductionField + ", not both");
        }
        if (reduction != null) {
            if (d.baselineValue() == null) {
                throw ProblemException.invalid("baselineValue", "a reduction on the baseline needs the baseline value");
            }
            return IndicatorArithmetic.targetValue(d.baselineValue(), reduction, d.kind());
        }
        if (value == null && required) {
            throw ProblemException.invalid(valueField, "give the value or " + reductionField);
        }
        if (value != null && d.kind() == IndicatorKind.PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ProblemException.invalid(valueField, "a percentage is at most 100");
        }
        return value;
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No indicator " + id);
    }
}
