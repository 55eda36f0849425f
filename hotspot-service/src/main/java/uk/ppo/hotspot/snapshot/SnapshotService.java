package uk.ppo.hotspot.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.hotspot.report.HotspotReport;
import uk.ppo.hotspot.report.HotspotReportService;
import uk.ppo.hotspot.report.ReportRequest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
class SnapshotService {

    static final int RISERS = 10;

    private final SnapshotRepository snapshots;
    private final HotspotReportService reports;
    private final Clock clock = Clock.systemUTC();

    SnapshotService(SnapshotRepository snapshots, HotspotReportService reports) {
        this.snapshots = snapshots;
        this.reports = reports;
    }

    @Transactional
    ReportSnapshot take(String name, ReportRequest request, String by) {
        HotspotReport report = reports.report(request);
        List<SnapshotArea> rows = report.areas().stream().map(a -> new SnapshotArea(a.code(), a.name(), a.count(),
                a.population(), a.ratePer1000InWindow(), a.rag() == null ? null : a.rag().name(), a.ragBasis(),
                a.previousCount(), a.changePercent(), a.share())).toList();
        ReportSnapshot snapshot = new ReportSnapshot(name.strip(), report.level().name(), report.from().atDay(1),
                report.to().atDay(1), report.rateBasis(), request.within(), report.crimeTypes(), rows, by,
                Instant.now(clock));
        snapshots.persist(snapshot);
        return snapshot;
    }

    @Transactional
    Page<ReportSnapshot> list(int page, int size) {
        return new Page<>(snapshots.page(page, size), page, size, snapshots.count());
    }

    @Transactional
    ReportSnapshot get(UUID id) {
        ReportSnapshot snapshot = snapshots.findWithAreas(id)
                .orElseThrow(() -> ProblemException.notFound("No snapshot " + id));
        snapshot.areas().size();
        return snapshot;
    }

    @Transactional
    SnapshotRecords.Comparison compare(UUID baseId, UUID currentId) {
        ReportSnapshot base = snapshots.findWithAreas(baseId)
                .orElseThrow(() -> ProblemException.invalid("base", "no snapshot " + baseId));
        ReportSnapshot current = snapshots.findWithAreas(currentId)
                .orElseThrow(() -> ProblemException.invalid("current", "no snapshot " + currentId));
        if (!base.level().equals(current.level())) {
            throw ProblemException.invalid("current", "is a " + current.level() + " snapshot, the base is " + base.level());
        }
        // rates per year, so that windows of different lengths compare like with like
        long baseMonths = base.window().months();
        long currentMonths = current.window().months();
        Map<String, SnapshotArea> before = new HashMap<>();
        base.areas().forEach(a -> before.put(a.code, a));
        List<SnapshotRecords.Change> entered = new ArrayList<>();
        List<SnapshotRecords.Change> left = new ArrayList<>();
        List<SnapshotRecords.Change> risers = new ArrayList<>();
        Map<String, SnapshotArea> after = new HashMap<>();
        for (SnapshotArea now : current.areas()) {
            after.put(now.code, now);
            SnapshotArea then = before.get(now.code);
            SnapshotRecords.Change change = change(now.code, now.name, then, baseMonths, now, currentMonths);
            boolean wasRed = then != null && "RED".equals(then.rag);
            boolean isRed = "RED".equals(now.rag);
            if (isRed && !wasRed) {
                entered.add(change);
            }
            if (change.rateChange() != null && change.rateChange().signum() > 0) {
                risers.add(change);
            }
        }
        for (SnapshotArea then : base.areas()) {
            SnapshotArea now = after.get(then.code);
            if ("RED".equals(then.rag) && (now == null || !"RED".equals(now.rag))) {
                left.add(change(then.code, then.name, then, baseMonths, now, currentMonths));
            }
        }
        Comparator<SnapshotRecords.Change> byCode = Comparator.comparing(SnapshotRecords.Change::code);
        entered.sort(byCode);
        left.sort(byCode);
        risers.sort(Comparator.comparing(SnapshotRecords.Change::rateChange).reversed().thenComparing(byCode));
        return new SnapshotRecords.Comparison(SnapshotRecords.SnapshotView.of(base, false),
                SnapshotRecords.SnapshotView.of(current, false), entered, left,
                risers.subList(0, Math.min(RISERS, risers.size())));
    }

    private static SnapshotRecords.Change change(String code, String name, SnapshotArea then, long baseMonths,
                                                 SnapshotArea now, long currentMonths) {
        BigDecimal baseRate = then == null ? null : then.ratePer1000PerYear(baseMonths);
        BigDecimal currentRate = now == null ? null : now.ratePer1000PerYear(currentMonths);
        BigDecimal delta = baseRate != null && currentRate != null ? currentRate.subtract(baseRate) : null;
        return new SnapshotRecords.Change(code, Objects.requireNonNullElse(name, code), baseRate, currentRate, delta,
                then == null ? null : then.rag, now == null ? null : now.rag);
    }
}
