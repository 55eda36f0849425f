package uk.ppo.scoring.asset;

/** Partner agencies (the same codes as offender-service). */
public enum Agency { POLICE, PROBATION, YOS, COUNCIL, CPS, COURT, PRISON, DIP, HOUSING, HEALTH, FIRE, JOBCENTRE }
