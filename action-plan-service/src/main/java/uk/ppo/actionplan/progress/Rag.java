package uk.ppo.actionplan.progress;

/** Red, amber, green: the status a quarterly progress update gives an action. */
public enum Rag {
    RED,
    AMBER,
    GREEN
}
