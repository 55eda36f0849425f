package uk.ppo.hotspot.snapshot;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import uk.ppo.hotspot.report.Window;
import uk.ppo.hotspot.threshold.RateBasis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A hotspot report saved on a date for monitoring; never changed afterwards. */
@Entity
@Table(name = "report_snapshot")
public class ReportSnapshot {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 10)
    private String level;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_basis", nullable = false, length = 20)
    private RateBasis rateBasis;

    @Column(name = "within_code", length = 12)
    private String withinCode;

    @Column(name = "crime_types", nullable = false, length = 1000)
    private String crimeTypes;

    @Column(name = "taken_by", nullable = false, length = 100)
    private String takenBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @ElementCollection
    @CollectionTable(name = "report_snapshot_area", joinColumns = @JoinColumn(name = "snapshot_id"))
    private List<SnapshotArea> areas = new ArrayList<>();

    protected ReportSnapshot() {
        // for JPA
    }

    ReportSnapshot(String name, String level, LocalDate from, LocalDate to, RateBasis rateBasis, String withinCode,
                   List<String> crimeTypes, List<SnapshotArea> areas, String takenBy, Instant takenAt) {
        this.id = UUID.randomUUID();
        this.name = Objects.requireNonNull(name);
        this.level = Objects.requireNonNull(level);
        this.periodFrom = Objects.requireNonNull(from);
        this.periodTo = Objects.requireNonNull(to);
        this.rateBasis = Objects.requireNonNull(rateBasis);
        this.withinCode = withinCode;
        this.crimeTypes = String.join("|", crimeTypes);
        this.areas = new ArrayList<>(areas);
        this.takenBy = Objects.requireNonNull(takenBy);
        this.takenAt = Objects.requireNonNull(takenAt);
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String level() {
        return level;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    /** The report's window. */
    Window window() {
        return new Window(YearMonth.from(periodFrom), YearMonth.from(periodTo));
    }

    RateBasis rateBasis() {
        return rateBasis;
    }

    String withinCode() {
        return withinCode;
    }

    List<String> crimeTypes() {
        return List.of(crimeTypes.split("\\|"));
    }

    String takenBy() {
        return takenBy;
    }

    Instant takenAt() {
        return takenAt;
    }

    List<SnapshotArea> areas() {
        return areas;
    }
}
