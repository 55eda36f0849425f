package uk.ppo.offender.offence;

/** Victim types the matrix adds points for. */
public enum VictimType { ELDERLY, HATE, DOMESTIC_VIOLENCE }
