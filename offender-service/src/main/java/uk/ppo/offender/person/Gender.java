package uk.ppo.offender.person;

/** Gender as recorded for equality monitoring. */
public enum Gender { MALE, FEMALE, NON_BINARY, NOT_KNOWN }
