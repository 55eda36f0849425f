package uk.ppo.hotspot.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.hotspot.area.AreaDirectory;
import uk.ppo.hotspot.threshold.RagThresholds;
import uk.ppo.hotspot.threshold.RateBasis;
import uk.ppo.hotspot.threshold.ThresholdService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class HotspotReportService {

    private static final Comparator<HotspotReport.AreaRow> BY_RATE = Comparator
            .comparing(HotspotReport.AreaRow::ratePer1000PerYear, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(HotspotReport.AreaRow::count, Comparator.reverseOrder())
            .thenComparing(HotspotReport.AreaRow::code);

    private final ReportRepository counts;
    private final AreaDirectory areas;
    private final ThresholdService thresholds;

    HotspotReportService(ReportRepository counts, AreaDirectory areas, ThresholdService thresholds) {
        this.counts = counts;
        this.areas = areas;
        this.thresholds = thresholds;
    }

    @Transactional
    public HotspotReport report(ReportRequest request) {
        checkWithin(request);
        List<ReportRepository.Counted> rows = counts.count(request);
        Map<String, RagThresholds> partnerships = thresholds.byPartnership();
        long total = rows.stream().mapToLong(ReportRepository.Counted::count).sum();
        long months = request.window().months();
        List<HotspotReport.AreaRow> areaRows = new ArrayList<>(rows.size());
        for (ReportRepository.Counted row : rows) {
            BigDecimal inWindow = Rates.per1000(row.count(), row.population());
            BigDecimal perYear = Rates.per1000PerYear(row.count(), row.population(), months);
            RagThresholds t = thresholds.forLineage(row.lineage(), partnerships);
            areaRows.add(new HotspotReport.AreaRow(row.code(), row.name(), row.count(), row.population(), inWindow,
                    perYear, t.classify(perYear, inWindow), t.basis(), row.previousCount(),
                    Rates.changePercent(row.count(), row.previousCount()), Rates.share(row.count(), total)));
        }
        areaRows.sort(BY_RATE);
        return new HotspotReport(request.level(), request.window().from(), request.window().to(), months,
                RateBasis.PER_1000_PER_YEAR, request.countedTypes(), areaRows);
    }

    /** {@code within} must be a known area at or above the report's level. */
    public void checkWithin(ReportRequest request) {
        if (request.within() == null) {
            return;
        }
        var area = areas.find(request.within())
                .orElseThrow(() -> ProblemException.invalid("within", "no area has code " + request.within()));
        if (area.type().ordinal() > request.level().areaType().ordinal()) {
            throw ProblemException.invalid("within", "a " + request.level() + " report cannot be within a " + area.type());
        }
    }
}
