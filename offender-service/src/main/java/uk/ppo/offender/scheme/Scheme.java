package uk.ppo.offender.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A local PPO scheme, run by one partnership area, with its own panels and case conferences. */
@Entity
@Table(name = "scheme")
public class Scheme {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 120)
    private String district;

    @Column(length = 120)
    private String county;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    protected Scheme() {
        // for JPA
    }

    Scheme(String code, String name, String district, String county, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.district = district;
        this.county = county;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Name, district and county may change; the code may not (tokens' scheme claims and other services name it). */
    void rename(String name, String district, String county) {
        this.name = name;
        this.district = district;
        this.county = county;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String district() {
        return district;
    }

    public String county() {
        return county;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
