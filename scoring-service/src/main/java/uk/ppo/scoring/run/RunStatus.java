package uk.ppo.scoring.run;

/** A score run's lifecycle. A FAILED run stored no scores and no proposal. */
public enum RunStatus {
    QUEUED, RUNNING, COMPLETED, FAILED
}
