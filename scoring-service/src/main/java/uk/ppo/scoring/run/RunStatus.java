package uk.ppo.scoring.run;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A score run's lifecycle. A FAILED or CANCELLED run stored no scores and no proposal. On the wire it is the run's
 * {@code state}; its {@code status} keeps release 1.0's values ({@link RunRecords.ReleasedStatus}).
 */
@Schema(name = "ScoreRunState")
public enum RunStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

    /** Still to finish: a replica holds it, or will claim it. */
    boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
