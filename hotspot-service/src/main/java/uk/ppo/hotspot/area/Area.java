package uk.ppo.hotspot.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One area of the hierarchy (county, district, ward or LSOA), known by its ONS code. */
@Entity
@Table(name = "area")
public class Area {

    /** area.code is varchar(12); codes are 2 to 12 capital letters or digits. */
    public static final int CODE_LENGTH = 12;
    /** area.name is varchar(200). */
    public static final int NAME_LENGTH = 200;

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 12)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AreaType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Area parent;

    private Integer population;

    private Double latitude;

    private Double longitude;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Area() {
        // for JPA
    }

    /** An area placed under {@code parent} (null for none), which must be one level up. */
    Area(String code, String name, AreaType type, Area parent, Integer population, Double latitude, Double longitude,
         Instant createdAt) {
        type.parentProblem(parent == null ? null : parent.type()).ifPresent(problem -> {
            throw new IllegalArgumentException(code + ": " + problem);
        });
        if (population != null && population < 0) {
            throw new IllegalArgumentException(code + ": population cannot be negative");
        }
        this.id = UUID.randomUUID();
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.parent = parent;
        this.population = population;
        this.latitude = latitude;
        this.longitude = longitude;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Applies a re-import of this area: name, parent, population and centroid may change, the level may
     * not (incidents and children hang off it). Returns whether anything changed.
     */
    boolean revise(String name, Area parent, Integer population, Double latitude, Double longitude) {
        type.parentProblem(parent == null ? null : parent.type()).ifPresent(problem -> {
            throw new IllegalArgumentException(code + ": " + problem);
        });
        if (population != null && population < 0) {
            throw new IllegalArgumentException(code + ": population cannot be negative");
        }
        boolean changed = !Objects.equals(this.name, name) || this.parent != parent
                || !Objects.equals(this.population, population) || !Objects.equals(this.latitude, latitude)
                || !Objects.equals(this.longitude, longitude);
        this.name = Objects.requireNonNull(name, "name");
        this.parent = parent;
        this.population = population;
        this.latitude = latitude;
        this.longitude = longitude;
        return changed;
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

    public AreaType type() {
        return type;
    }

    /** The parent's code; null for a top-level area. */
    public String parentCode() {
        return parent == null ? null : parent.code();
    }

    public Integer population() {
        return population;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
