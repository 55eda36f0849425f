package uk.ppo.actionplan.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An indicator's actual for one period, entered by a partner or computed by the suite from its source. A later
 * actual for the same period replaces it: this one stays, marked superseded, as history.
 */
@Entity
@Table(name = "indicator_actual")
public class IndicatorActual {

    @Id
    private UUID id;
    @Column(name = "indicator_id", nullable = false)
    private UUID indicatorId;
    @Column(nullable = false, length = 30)
    private String period;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    @Column(nullable = false, precision = 14, scale = 4)
    private BigDecimal value;
    @Column(precision = 14, scale = 4)
    private BigDecimal predicted;
    @Column(length = 1000)
    private String note;
    @Column(nullable = false)
    private boolean computed;
    @Column(length = 500)
    private String source;
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;
    @Column(name = "entered_by", nullable = false, length = 120)
    private String enteredBy;
    @Column(name = "superseded_at")
    private Instant supersededAt;
    @Column(name = "superseded_by", length = 120)
    private String supersededBy;

    protected IndicatorActual() {
        // for JPA
    }

    IndicatorActual(UUID indicatorId, Period period, BigDecimal value, BigDecimal predicted, String note, boolean computed,
                    String source, String enteredBy, Instant enteredAt) {
        this.id = UUID.randomUUID();
        this.indicatorId = Objects.requireNonNull(indicatorId);
        this.period = period.label();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.value = Objects.requireNonNull(value);
        this.predicted = predicted;
        this.note = note;
        this.computed = computed;
        this.source = source;
        this.enteredBy = Objects.requireNonNull(enteredBy);
        this.enteredAt = Objects.requireNonNull(enteredAt);
    }

    /** Replaced by a later actual for the same period. */
    void supersede(String by, Instant at) {
        if (supersededAt != null) {
            throw new IllegalStateException("already superseded");
        }
        this.supersededBy = Objects.requireNonNull(by);
        this.supersededAt = Objects.requireNonNull(at);
    }

    public UUID id() { return id; }
    public UUID indicatorId() { return indicatorId; }
    public String period() { return period; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate periodEnd() { return periodEnd; }
    public BigDecimal value() { return Numbers.plain(value); }
    public BigDecimal predicted() { return Numbers.plain(predicted); }
    public String note() { return note; }
    public boolean computed() { return computed; }
    public String source() { return source; }
    public Instant enteredAt() { return enteredAt; }
    public String enteredBy() { return enteredBy; }
    public Instant supersededAt() { return supersededAt; }
    public String supersededBy() { return supersededBy; }
    public boolean current() { return supersededAt == null; }
}
