package uk.ppo.actionplan.ppoplan;

/** An action of a per-PPO plan is open until its outcome is recorded. */
public enum PpoActionStatus {
    OPEN,
    ACHIEVED,
    NOT_ACHIEVED
}
