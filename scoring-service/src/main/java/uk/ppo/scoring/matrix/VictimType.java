package uk.ppo.scoring.matrix;

/** Victim types that add points per offence: elderly, racial/hate crime, domestic violence (CDRP priority). */
public enum VictimType {
    ELDERLY, HATE, DOMESTIC_VIOLENCE
}
