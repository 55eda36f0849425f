package uk.ppo.hotspot.area;

import java.util.Optional;

/**
 * Levels of the area hierarchy, top down: county, district, ward, lower-layer super output area.
 * Each level's parent is the level above. A county has no parent; a district may have none (a unitary
 * authority); wards and LSOAs always have one.
 */
public enum AreaType {
    COUNTY,
    DISTRICT,
    WARD,
    LSOA;

    /** The type a parent of this type must have; empty for the top level. */
    public Optional<AreaType> parentType() {
        return this == COUNTY ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** Whether an area of this type must have a parent. */
    public boolean needsParent() {
        return this == WARD || this == LSOA;
    }

    /** Why an area of this type may not have a parent of {@code parent} type (null: no parent); empty if it may. */
    public Optional<String> parentProblem(AreaType parent) {
        if (parent == null) {
            return needsParent()
                    ? Optional.of("a " + this + " needs a parent " + parentType().orElseThrow())
                    : Optional.empty();
        }
        if (parentType().isEmpty()) {
            return Optional.of("a " + this + " has no parent");
        }
        return parentType().get() == parent
                ? Optional.empty()
                : Optional.of("the parent of a " + this + " must be a " + parentType().get() + ", not a " + parent);
    }
}
