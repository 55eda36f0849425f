package uk.ppo.scoring.ogrs;

public enum Sex {
    MALE, FEMALE
}
