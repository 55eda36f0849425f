package uk.ppo.hotspot.snapshot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
            @NotNull @Schema(example = "WARD") String level,
            @NotNull @Schema(example = "2025-01") String from,
            @NotNull @Schema(example = "2025-06") String to,
            @Schema(description = "police.uk crime types; none: all") List<String> crimeTypes,
            @Schema(example = "E07000062") String within) {
    }

    @Schema(name = "SnapshotArea")
    record AreaView(String code, String name, long count, Integer population, BigDecimal ratePer1000, String rag,
                    long previousCount, BigDecimal changePercent, BigDecimal share) {
        static AreaView of(SnapshotArea a) {
            return new AreaView(a.code, a.name, a.count, a.population, a.ratePer1000, a.rag, a.previousCount,
                    a.changePercent, a.share);
        }
    }

    /** Rows as the report showed them: by rate, highest first. */
    static final java.util.Comparator<AreaView> BY_RATE = java.util.Comparator
            .comparing(AreaView::ratePer1000, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparing(AreaView::count, java.util.Comparator.reverseOrder())
            .thenComparing(AreaView::code);

    @Schema(name = "Snapshot")
    record SnapshotView(UUID id, String name, String level,
                        @Schema(implementation = String.class, example = "2025-01") YearMonth from,
                        @Schema(implementation = String.class, example = "2025-06") YearMonth to,
                        String within, List<String> crimeTypes, String takenBy, Instant takenAt,
                        @Schema(description = "The report's rows; left out of lists") List<AreaView> areas) {
        static SnapshotView of(ReportSnapshot s, boolean withAreas) {
            return new SnapshotView(s.id(), s.name(), s.level(), YearMonth.from(s.periodFrom()), YearMonth.from(s.periodTo()),
                    s.withinCode(), s.crimeTypes(), s.takenBy(), s.takenAt(),
                    withAreas ? s.areas().stream().map(AreaView::of).sorted(BY_RATE).toList() : null);
        }
    }

    @Schema(name = "SnapshotChange")
    record Change(String code, String name, BigDecimal baseRate, BigDecimal currentRate, BigDecimal rateChange,
                  String baseRag, String currentRag) {
    }

    @Schema(name = "SnapshotComparison", description = "Movement between two snapshots at the same level")
    record Comparison(SnapshotView base, SnapshotView current,
                      @Schema(description = "RED now, not RED in the base snapshot") List<Change> enteredRed,
                      @Schema(description = "RED in the base snapshot, not RED now") List<Change> leftRed,
                      @Schema(description = "The ten largest rises in rate per 1,000") List<Change> biggestRisers) {
    }
}
