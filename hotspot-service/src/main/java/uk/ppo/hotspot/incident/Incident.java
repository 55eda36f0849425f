package uk.ppo.hotspot.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One police recorded crime or ASB incident. Open-data rows arrive in bulk through the importer (JDBC
 * COPY, not this entity); partner systems push single incidents, which carry the time they happened.
 */
@Entity
@Table(name = "incident")
public class Incident {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final String PARTNER = "PARTNER";

    /** The idempotency key ({@code partner:<client>:<reference>}, {@code police:<Crime ID>}, {@code asb:...}). */
    @Id
    @Column(name = "source_key", nullable = false, length = 100)
    private String sourceKey;

    @Column(nullable = false, length = 20)
    private String source;

    @Column(name = "crime_id", length = 64)
    private String crimeId;

    @Column(nullable = false)
    private LocalDate month;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "reported_by", length = 100)
    private String reportedBy;

    @Column(name = "falls_within", length = 100)
    private String fallsWithin;

    private Double longitude;

    private Double latitude;

    @Column(length = 200)
    private String location;

    @Column(name = "lsoa_code", length = 12)
    private String lsoaCode;

    @Column(name = "lsoa_name", length = 200)
    private String lsoaName;

    @Column(name = "crime_type", nullable = false, length = 60)
    private String crimeType;

    @Column(length = 200)
    private String outcome;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected Incident() {
        // for JPA
    }

    /** An incident pushed by partner system {@code partner} under its own record {@code reference}. */
    static Incident fromPartner(String partner, String reference, Details details, Instant now) {
        Incident incident = new Incident();
        incident.sourceKey = partnerKey(partner, reference);
        incident.source = PARTNER;
        incident.reportedBy = partner;
        incident.record(details, now);
        return incident;
    }

    static String partnerKey(String partner, String reference) {
        return "partner:" + partner + ":" + reference;
    }

    /** Applies a (re-)push; false when nothing changed, so a retry is a no-op. */
    boolean record(Details details, Instant now) {
        Objects.requireNonNull(details.occurredAt(), "occurredAt");
        if ((details.latitude() == null) != (details.longitude() == null)) {
            throw new IllegalArgumentException("latitude and longitude go together");
        }
        LocalDate newMonth = details.occurredAt().atZone(UK).toLocalDate().withDayOfMonth(1);
        boolean changed = !Objects.equals(occurredAt, details.occurredAt())
                || !Objects.equals(crimeType, details.crimeType())
                || !Objects.equals(latitude, details.latitude())
                || !Objects.equals(longitude, details.longitude())
                || !Objects.equals(location, details.location())
                || !Objects.equals(lsoaCode, details.lsoaCode())
                || !Objects.equals(outcome, details.outcome());
        if (!changed) {
            return false;
        }
        this.month = newMonth;
        this.occurredAt = details.occurredAt();
        this.crimeType = details.crimeType();
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.location = details.location();
        this.lsoaCode = details.lsoaCode();
        this.outcome = details.outcome();
        this.importedAt = now;
        return true;
    }

    /** What a partner says about an incident. */
    record Details(Instant occurredAt, String crimeType, Double latitude, Double longitude, String location,
                   String lsoaCode, String outcome) {
    }

    public String sourceKey() {
        return sourceKey;
    }

    public LocalDate month() {
        return month;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String crimeType() {
        return crimeType;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String location() {
        return location;
    }

    public String lsoaCode() {
        return lsoaCode;
    }

    public String outcome() {
        return outcome;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
