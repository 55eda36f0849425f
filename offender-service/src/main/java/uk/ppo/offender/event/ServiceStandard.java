package uk.ppo.offender.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.offender.decision.Agency;

import java.time.Instant;

/**
 * One agency commitment of the premium service as data: the event that starts its clock, what stops it (an
 * event of another type for the same person, or, with no stop event, the partner's recording of the start
 * event), the limit, and the agency that owns it (none: each event's recording agency).
 */
@Entity
@Table(name = "service_standard")
public class ServiceStandard {

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String source;
    @Enumerated(EnumType.STRING)
    private Agency agency;
    @Enumerated(EnumType.STRING)
    @Column(name = "start_event")
    private EventType startEvent;
    @Enumerated(EnumType.STRING)
    @Column(name = "stop_event")
    private EventType stopEvent;
    @Column(name = "limit_amount", nullable = false)
    private int limitAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "limit_unit", nullable = false)
    private StandardClock.Unit limitUnit;
    @Version
    private long version;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected ServiceStandard() {
        // for JPA
    }

    /** A clock stopped by another event needs the event that starts it and an agency that owns it. */
    void redefine(String name, String source, Agency agency, EventType startEvent, EventType stopEvent,
                  StandardClock.Limit limit, String by, Instant at) {
        if (stopEvent != null && startEvent == null) {
            throw ProblemException.invalid("startEvent", "is required when stopEvent is given");
        }
        if (stopEvent != null && stopEvent == startEvent) {
            throw ProblemException.invalid("stopEvent", "must differ from startEvent");
        }
        if (stopEvent != null && agency == null) {
            throw ProblemException.invalid("agency",
                    "is required when stopEvent is given (only a recording standard is measured per recording agency)");
        }
        this.name = name;
        this.source = source;
        this.agency = agency;
        this.startEvent = startEvent;
        this.stopEvent = stopEvent;
        this.limitAmount = limit.amount();
        this.limitUnit = limit.unit();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String code() { return code; }
    public String name() { return name; }
    public String source() { return source; }
    public Agency agency() { return agency; }
    public EventType startEvent() { return startEvent; }
    public EventType stopEvent() { return stopEvent; }
    public StandardClock.Limit limit() { return new StandardClock.Limit(limitAmount, limitUnit); }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
