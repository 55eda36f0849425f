package uk.ppo.offender.needs;

/** How much the area adds to the risk of re-offending, as the assessing agency judges it. */
public enum NeedLevel { NONE, LOW, MEDIUM, HIGH }
