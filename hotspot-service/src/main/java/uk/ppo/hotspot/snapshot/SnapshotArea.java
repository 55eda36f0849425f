package uk.ppo.hotspot.snapshot;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One area row of a saved report, as it was. */
@Embeddable
public class SnapshotArea {

    @Column(nullable = false, length = 12)
    String code;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "incident_count", nullable = false)
    long count;

    Integer population;

    @Column(name = "rate_per_1000", precision = 12, scale = 2)
    BigDecimal ratePer1000;

    @Column(length = 5)
    String rag;

    @Column(name = "previous_count", nullable = false)
    long previousCount;

    @Column(name = "change_percent", precision = 12, scale = 2)
    BigDecimal changePercent;

    @Column(precision = 7, scale = 2)
    BigDecimal share;

    protected SnapshotArea() {
        // for JPA
    }

    SnapshotArea(String code, String name, long count, Integer population, BigDecimal ratePer1000, String rag,
                 long previousCount, BigDecimal changePercent, BigDecimal share) {
        this.code = code;
        this.name = name;
        this.count = count;
        this.population = population;
        this.ratePer1000 = ratePer1000;
        this.rag = rag;
        this.previousCount = previousCount;
        this.changePercent = changePercent;
        this.share = share;
    }
}
