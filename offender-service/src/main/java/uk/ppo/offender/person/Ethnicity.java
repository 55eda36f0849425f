package uk.ppo.offender.person;

/** Census 2021 broad ethnic groups, for equality monitoring of the cohort. */
public enum Ethnicity { ASIAN, BLACK, MIXED, WHITE, OTHER, NOT_STATED }
