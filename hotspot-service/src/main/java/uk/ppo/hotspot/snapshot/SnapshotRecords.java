package uk.ppo.hotspot.snapshot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.hotspot.area.Area;
import uk.ppo.hotspot.incident.CrimeTypes;
import uk.ppo.hotspot.report.Window;
import uk.ppo.hotspot.threshold.RateBasis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

final class SnapshotRecords {

    private SnapshotRecords() {
    }

    @Schema(name = "TakeSnapshot", description = "Save a hotspot report as a dated snapshot")
    record TakeSnapshot(
            @NotBlank @Size(max = 200) @Schema(example = "Hastings wards, H1 2025") String name,
            @NotNull @Schema(enumeration = {"LSOA", "WARD", "DISTRICT"}, example = "WARD") String level,
            // from, to and within are checked by ReportRequest.parse after the level, as the report's parameters are
            @NotNull @Schema(description = "First month, YYYY-MM", maxLength = Window.MONTH_LENGTH, example = "2025-01") String from,
            @NotNull @Schema(description = "Last month, YYYY-MM, included", maxLength = Window.MONTH_LENGTH, example = "2025-06") String to,
            @Size(max = CrimeTypes.COUNT) @Schema(description = "police.uk crime types; none: all")
            List<@Size(max = CrimeTypes.MAX_LENGTH) String> crimeTypes,
            @Schema(description = "Only areas at or under this area code (an unknown one is refused)", maxLength = Area.CODE_LENGTH,
                    example = "E07000062") String within) {
    }

    @Schema(name = "SnapshotArea")
    record AreaView(String code, String name, long count, Integer population,
                    @Schema(description = "Incidents per 1,000 residents over the snapshot's window as it is") BigDecimal ratePer1000InWindow,
                    @Schema(description = "Incidents per 1,000 residents per year (× 12 ÷ monthsInWindow)") BigDecimal ratePer1000PerYear,
                    String rag, @Schema(description = "The rate the RAG was judged on when the snapshot was taken") RateBasis ragBasis,
                    long previousCount, BigDecimal changePercent, BigDecimal share) {
        static AreaView of(SnapshotArea a, long monthsInWindow) {
            return new AreaView(a.code, a.name, a.count, a.population, a.ratePer1000, a.ratePer1000PerYear(monthsInWindow),
                    a.rag, a.ragBasis, a.previousCount, a.changePercent, a.share);
        }
    }

    /** Rows as the report showed them: by rate, highest first. */
    static final java.util.Comparator<AreaView> BY_RATE = java.util.Comparator
            .comparing(AreaView::ratePer1000PerYear, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparing(AreaView::count, java.util.Comparator.reverseOrder())
            .thenComparing(AreaView::code);

    @Schema(name = "Snapshot")
    record SnapshotView(UUID id, String name, String level,
                        @Schema(implementation = String.class, pattern = Window.MONTH_PATTERN, maxLength = Window.MONTH_LENGTH, example = "2025-01") YearMonth from,
                        @Schema(implementation = String.class, pattern = Window.MONTH_PATTERN, maxLength = Window.MONTH_LENGTH, example = "2025-06") YearMonth to,
                        @Schema(example = "6") long monthsInWindow,
                        @Schema(description = "The report's basis: PER_1000_PER_YEAR; PER_1000_FOR_WINDOW for snapshots taken"
                                + " before rates were annualised (their RAG judged the window's rate)") RateBasis rateBasis,
                        String within, List<String> crimeTypes, String takenBy, Instant takenAt,
                        @Schema(description = "The report's rows; left out of lists") List<AreaView> areas) {
        static SnapshotView of(ReportSnapshot s, boolean withAreas) {
            Window window = s.window();
            long months = window.months();
            return new SnapshotView(s.id(), s.name(), s.level(), window.from(), window.to(), months, s.rateBasis(),
                    s.withinCode(), s.crimeTypes(), s.takenBy(), s.takenAt(),
                    withAreas ? s.areas().stream().map(a -> AreaView.of(a, months)).sorted(BY_RATE).toList() : null);
        }
    }

    @Schema(name = "SnapshotChange", description = "Rates per 1,000 per year, so windows of different lengths compare"
            + " like with like; the RAG each snapshot gave")
    record Change(String code, String name,
                  @Schema(description = "Per 1,000 per year in the base snapshot") BigDecimal baseRate,
                  @Schema(description = "Per 1,000 per year in the current snapshot") BigDecimal currentRate,
                  @Schema(description = "currentRate − baseRate, per 1,000 per year") BigDecimal rateChange,
                  String baseRag, String currentRag) {
    }

    @Schema(name = "SnapshotComparison", description = "Movement between two snapshots at the same level")
    record Comparison(SnapshotView base, SnapshotView current,
                      @Schema(description = "RED now, not RED in the base snapshot") List<Change> enteredRed,
                      @Schema(description = "RED in the base snapshot, not RED now") List<Change> leftRed,
                      @Schema(description = "The ten largest rises in rate per 1,000 per year") List<Change> biggestRisers) {
    }
}
