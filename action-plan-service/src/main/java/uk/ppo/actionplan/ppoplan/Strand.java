package uk.ppo.actionplan.ppoplan;

/** The PPO strand the person is on (owned by offender-service; the plan records it when drawn up). */
public enum Strand {
    PREVENT_AND_DETER,
    CATCH_AND_CONVICT,
    REHABILITATE_AND_RESETTLE
}
