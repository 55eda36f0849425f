package uk.ppo.hotspot.importing;

/** Where an import job stands: QUEUED until a replica claims it, RUNNING under a lease, then one of the three ends. */
public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

    boolean finished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
