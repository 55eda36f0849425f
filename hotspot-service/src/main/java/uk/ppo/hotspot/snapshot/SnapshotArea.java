package uk.ppo.hotspot.snapshot;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.ppo.hotspot.report.Rates;
import uk.ppo.hotspot.threshold.RateBasis;

import java.math.BigDecimal;

/**
 * One area row of a saved report, as it was: the rate for the window and the RAG with the basis it was judged
 * on. The rate per year follows from the count, population and the snapshot's months.
 */
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

    @Enumerated(EnumType.STRING)
    @Column(name = "rag_basis", nullable = false, length = 20)
    RateBasis ragBasis;

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
                 RateBasis ragBasis, long previousCount, BigDecimal changePercent, BigDecimal share) {
        this.code = code;
        this.name = name;
        this.count = count;
        this.population = population;
        this.ratePer1000 = ratePer1000;
        this.rag = rag;
        this.ragBasis = ragBasis;
        this.previousCount = previousCount;
        this.changePercent = changePercent;
        this.share = share;
    }

    BigDecimal ratePer1000PerYear(long monthsInWindow) {
        return Rates.per1000PerYear(count, population, monthsInWindow);
    }
}
