package uk.ppo.offender.decision;

/** Partner agencies of a community-safety partnership. */
public enum Agency { POLICE, PROBATION, YOS, COUNCIL, CPS, COURT, PRISON, DIP, HOUSING, HEALTH, FIRE, JOBCENTRE }
