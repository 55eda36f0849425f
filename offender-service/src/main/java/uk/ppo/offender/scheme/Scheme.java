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

    /** The pre-release review of the amber list falls 28 days before the expected release unless the scheme says otherwise. */
    public static final int DEFAULT_PRE_RELEASE_REVIEW_DAYS = 28;
    public static final int MAX_PRE_RELEASE_REVIEW_DAYS = 365;

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

    /** Days before an amber PPO's expected release that their pre-release review falls. */
    @Column(name = "pre_release_review_days", nullable = false)
    private int preReleaseReviewDays;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    protected Scheme() {
        // for JPA
    }

    Scheme(String code, String name, String district, String county, int preReleaseReviewDays, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.preReleaseReviewDays = preReleaseReviewDays;
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

    /** @return whether the value changed */
    boolean preReleaseReviewDays(int days) {
        boolean changed = days != preReleaseReviewDays;
        this.preReleaseReviewDays = days;
        return changed;
    }

    public int preReleaseReviewDays() {
        return preReleaseReviewDays;
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
