package uk.ppo.actionplan.ppoplan;

/** A PPO has one ACTIVE plan; a plan that was replaced stays as history. */
public enum PpoPlanStatus {
    ACTIVE,
    REPLACED
}
