package uk.ppo.actionplan.ppoplan;

/** The area of work an action of a per-PPO plan belongs to. */
public enum ActionArea {
    ACCOMMODATION,
    DIP,
    ETE,
    LICENCE_ENFORCEMENT,
    MENTORING,
    OTHER
}
