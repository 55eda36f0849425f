package uk.ppo.hotspot.importing;

/**
 * What merging an upload's staged rows did: new incidents, known ones whose content changed, and rows
 * without a known LSOA that were dropped as repeats (so not stored as unmatched).
 */
record Merged(long inserted, long updated, long unmatchedRepeats) {

    static final Merged NOTHING = new Merged(0, 0, 0);

    Merged plus(Merged other) {
        return new Merged(inserted + other.inserted, updated + other.updated, unmatchedRepeats + other.unmatchedRepeats);
    }
}
