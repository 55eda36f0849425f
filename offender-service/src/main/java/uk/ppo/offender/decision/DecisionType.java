package uk.ppo.offender.decision;

/** What a selection/deselection panel can decide. */
public enum DecisionType { SELECT, MOVE, AMBER, DESELECT, REMOVE }
